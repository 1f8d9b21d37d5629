package org.tidewatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.dedup.DuplicateGroups;
import org.tidewatch.index.dedup.Signature;

class DuplicateWindowTest {
    private static final int POSTS = 60;
    private static final int WINDOW = 25;

    /** A post in indexing order with its time. */
    private record Indexed(int order, EnrichedPost post, Instant time) {
    }

    @Test
    void refillsTheNewestPostsOldestFirstWithTiesByIndexingOrder(@TempDir Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        List<Indexed> indexed = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            // times out of indexing order, many of them equal (a minute apart at most 20 minutes)
            Instant time = t0.plusSeconds(60L * random.nextInt(20));
            indexed.add(new Indexed(i, Fixtures.simple("w:" + i, text(random), time, true), time));
        }
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            index.upsert(indexed.stream().map(Indexed::post).toList());
            index.commit();
        }
        // newest first, the first indexed first among equal times: the window keeps the first WINDOW of these
        List<Indexed> newest = indexed.stream()
                .sorted(Comparator.comparing(Indexed::time).reversed().thenComparingInt(Indexed::order))
                .limit(WINDOW).toList();

        try (Directory d = FSDirectory.open(dir); SearcherManager searchers = new SearcherManager(d, null)) {
            DuplicateGroups groups = DuplicateWindow.load(searchers, WINDOW);

            assertThat(groups.size()).isEqualTo(WINDOW);
            for (Indexed p : indexed) {
                boolean kept = newest.contains(p);
                assertThat(groups.best(Signature.of(p.post().post().text()), null).map(DuplicateGroups.Match::id))
                        .as("post %d at %s", p.order(), p.time()).isEqualTo(kept ? java.util.Optional.of(p.post().post().id())
                                : java.util.Optional.empty());
            }
            // recorded oldest first: new texts evict the oldest (at equal times the last indexed) first
            List<Indexed> oldestFirst = new ArrayList<>(newest);
            java.util.Collections.reverse(oldestFirst);
            for (int k = 0; k < 3; k++) {
                groups.assign("new:" + k, text(random));
            }
            for (int k = 0; k < oldestFirst.size(); k++) {
                Indexed p = oldestFirst.get(k);
                boolean evicted = k < 3;
                assertThat(groups.best(Signature.of(p.post().post().text()), null).isPresent()).as("oldest %d", k).isEqualTo(!evicted);
            }
        }
    }

    private static String text(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 30; w++) {
            sb.append(w == 0 ? "" : " ").append("word").append(random.nextInt(5_000));
        }
        return sb.toString();
    }
}
