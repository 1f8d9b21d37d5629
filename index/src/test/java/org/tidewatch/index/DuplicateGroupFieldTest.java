package org.tidewatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.schema.Fields;

/** A post in a group of its own has no group field; its group is still found, counted and collapsed by its id. */
class DuplicateGroupFieldTest {
    private static final String ADVERT = "safe boat trip from zuwara to lampedusa leaving friday night call the captain now";
    private static final String OTHER = "apartment for rent near the old harbour with two rooms and a balcony facing south";

    @TempDir
    Path dir;

    private static EnrichedPost post(String id, String text, int minute) {
        return Fixtures.simple(id, text, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * minute), true);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.post().post().id()).toList();
    }

    @Test
    void theFounderOfAGroupHasNoGroupFieldAndIsFoundCountedAndCollapsedWithThoseThatJoinedIt() {
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            index.upsertAll(List.of(post("t:1", ADVERT, 0), post("t:9", OTHER, 1)));
            index.commit(); // the founder and the posts that join it in different segments
            UpsertResult joined = index.upsertAll(List.of(post("t:2", ADVERT + " today", 2), post("t:3", ADVERT + " tonight", 3)));
            assertThat(joined.groups()).containsEntry("t:2", "t:1").containsEntry("t:3", "t:1");
            index.refresh();
            int withField = index.withSearcher(s -> s.count(new org.apache.lucene.search.FieldExistsQuery(Fields.DUP_GROUP)));
            assertThat(withField).isEqualTo(2);

            SearchResult group = index.search(new SearchRequest("group:\"t:1\"", 10));
            assertThat(ids(group)).containsExactlyInAnyOrder("t:1", "t:2", "t:3");
            assertThat(group.hits()).allSatisfy(h -> {
                assertThat(h.duplicateGroup()).isEqualTo("t:1");
                assertThat(h.groupSize()).isEqualTo(3);
            });
            SearchResult alone = index.search(new SearchRequest("group:\"t:9\"", 10));
            assertThat(ids(alone)).containsExactly("t:9");
            assertThat(alone.hits().get(0).groupSize()).isEqualTo(1);
            assertThat(index.search(new SearchRequest("group:\"t:2\"", 10)).hits()).isEmpty(); // joined: names no group

            SearchResult collapsed = index.search(new SearchRequest("offer:true", 10).collapsed());
            assertThat(collapsed.total()).isEqualTo(2);
            assertThat(collapsed.hits()).extracting(SearchHit::duplicateGroup).containsExactlyInAnyOrder("t:1", "t:9");
        }
    }

    @Test
    void aFounderThatJoinsAnotherGroupOrIsDeletedLeavesTheGroupItNamed() {
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            index.upsertAll(List.of(post("t:1", ADVERT, 0), post("t:2", ADVERT + " today", 1), post("t:9", OTHER, 2)));
            index.refresh();
            // t:1 rewritten as a copy of the other advert: it joins t:9's group, t:2 stays in the group t:1 named
            UpsertResult moved = index.upsertAll(List.of(post("t:1", OTHER + " again", 3)));
            assertThat(moved.groups()).containsEntry("t:1", "t:9");
            index.refresh();
            SearchResult old = index.search(new SearchRequest("group:\"t:1\"", 10));
            assertThat(ids(old)).containsExactly("t:2");
            assertThat(old.hits().get(0).groupSize()).isEqualTo(1);
            SearchResult other = index.search(new SearchRequest("group:\"t:9\"", 10));
            assertThat(ids(other)).containsExactlyInAnyOrder("t:1", "t:9");
            assertThat(other.hits()).allSatisfy(h -> assertThat(h.groupSize()).isEqualTo(2));

            index.delete(List.of("t:9"));
            index.refresh();
            SearchResult left = index.search(new SearchRequest("group:\"t:9\"", 10));
            assertThat(ids(left)).containsExactly("t:1");
            assertThat(left.hits().get(0).groupSize()).isEqualTo(1);
        }
    }
}
