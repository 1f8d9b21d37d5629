package org.tidewatch.index.pivot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.index.Fixtures;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.LucenePostIndex;

class PivotServiceTest {
    @TempDir
    static Path dir;
    static LucenePostIndex index;
    static PivotService pivots;

    @BeforeAll
    static void build() {
        index = LucenePostIndex.open(dir, IndexSettings.defaults());
        index.upsert(Fixtures.posts());
        index.refresh();
        pivots = new PivotService(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void phonePivotListsPostsFirstLastSeenPlatformsAndRoutes() {
        Pivot p = pivots.pivot(PivotKind.PHONE, "00218 91 234 5678");
        assertThat(p.value()).isEqualTo("+218912345678");
        assertThat(p.total()).isEqualTo(3);
        assertThat(p.posts()).extracting(e -> e.post().id())
                .containsExactly("facebook:page_77/555", "telegram:sea_ly/101", "facebook:page_12/900");
        assertThat(p.firstSeen()).isEqualTo(Instant.parse("2026-02-10T12:00:00Z"));
        assertThat(p.lastSeen()).isEqualTo(Instant.parse("2026-03-05T18:30:00Z"));
        assertThat(p.platforms()).isEqualTo(Map.of("facebook", 2L, "telegram", 1L));
        assertThat(p.routes()).isEqualTo(Map.of("LY>IT", 3L));
    }

    @Test
    void handleAndAuthorPivots() {
        Pivot h = pivots.pivot(PivotKind.HANDLE, "passeur_tn");
        assertThat(h.value()).isEqualTo("@passeur_tn");
        assertThat(h.posts()).extracting(e -> e.post().id()).containsExactly("telegram:tn_chan/7");
        assertThat(h.routes()).isEqualTo(Map.of("TN>IT", 1L));
        Pivot a = pivots.pivot(PivotKind.AUTHOR, "costa_news");
        assertThat(a.total()).as("non-offers are part of an author's pivot").isEqualTo(1);
    }

    @Test
    void unknownValueGivesAnEmptyPivot() {
        Pivot p = pivots.pivot(PivotKind.HANDLE, "@nobody");
        assertThat(p.total()).isZero();
        assertThat(p.firstSeen()).isNull();
        assertThat(p.posts()).isEmpty();
    }

    @Test
    void getReturnsThePostWithItsDuplicates() {
        PostDetails d = pivots.get("facebook:page_77/555").orElseThrow();
        assertThat(d.post().post().authorName()).isEqualTo("Bahr Aman");
        assertThat(d.post().post().evidence().warcFile()).isEqualTo("fixture.warc.gz");
        assertThat(d.duplicateGroup()).isEqualTo("telegram:sea_ly/101");
        assertThat(d.duplicateIds()).containsExactly("telegram:sea_ly/101");
        assertThat(d.groupSize()).isEqualTo(2);
        assertThat(pivots.get("telegram:none/0")).isEmpty();
    }
}
