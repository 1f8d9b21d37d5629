package org.tidewatch.rules.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.rules.Rules;
import org.tidewatch.rules.delivery.DeliverySettings;

class WatchlistMatcherTest {
    private static final String TN_PHONE = "+21620123456";
    private static final Rules.Parts PARTS = Rules.Parts.standard(IndexSettings.defaults(), DeliverySettings.defaults());

    private static EnrichedPost post(int i, String text, List<String> phones) {
        Instant at = Instant.parse("2025-05-03T10:15:00Z").plusSeconds(i);
        Post p = new Post("telegram:c/" + i, "test", "telegram", null, "author" + i, null, at, at, text, null, null);
        return new EnrichedPost(p, new Enrichment("en", true, 0.9, "sea_crossing", List.of(), List.of(), List.of(), phones,
                List.of()));
    }

    @Test
    void matchesAListLongerThanOneBatchInPostOrderAcrossBothThreads() {
        List<EnrichedPost> posts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean hit = i % 100 == 7;
            posts.add(hit ? post(i, "call " + TN_PHONE + " for the crossing", List.of(TN_PHONE))
                    : post(i, "weather report number " + i + " for the harbour", List.of()));
        }
        try (WatchlistMatcher matcher = new WatchlistMatcher(PARTS.analyzer(), PARTS.documents())) {
            matcher.register("tn", PARTS.parser().parse("phone:" + TN_PHONE), "phone:" + TN_PHONE);
            matcher.register("harbour", PARTS.parser().parse("\"the harbour\""), "\"the harbour\"");

            WatchMatches m = matcher.match(posts);

            assertThat(m.postIdsByWatchlist().get("tn")).containsExactly("telegram:c/7", "telegram:c/107",
                    "telegram:c/207", "telegram:c/307", "telegram:c/407", "telegram:c/507");
            assertThat(m.postIdsByWatchlist().get("harbour")).hasSize(594).startsWith("telegram:c/0")
                    .endsWith("telegram:c/599").doesNotContain("telegram:c/7", "telegram:c/507");
            assertThat(m.errorsByWatchlist()).isEmpty();
        }
    }
}
