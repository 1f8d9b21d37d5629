package org.tidewatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.retention.RetentionService;
import org.tidewatch.app.retention.RetentionSettings;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.index.LucenePostIndex;
import org.tidewatch.index.SearchRequest;

class IndexRetentionTargetTest {
    @TempDir
    Path dir;

    private static Post post(String id, String text, Instant published) {
        return new Post("facebook:" + id, "ingest", "facebook", null, "someone", null, published, published, text, Map.of(),
                new EvidenceRef("f.warc.gz", "<urn:uuid:" + id + ">", "ab"));
    }

    @Test
    void purgesOldNonOffersSoonerThanOffersAndKeepsReferencedPosts() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        TidewatchConfig config = TidewatchConfig.defaults(dir.resolve("none.yaml"));
        try (Tidewatch tw = Tidewatch.open(config, dir.resolve("data"), "test")) {
            tw.pipeline().process(List.of(
                    post("old-offer", "Boat from Zuwara to Lampedusa, 4000 euro, pay on arrival, call +218 91 2345678", now.minus(Duration.ofDays(400))),
                    post("older-offer", "Boat from Sfax to Lampedusa, 3000 dinars guaranteed departure +216 20 123 456", now.minus(Duration.ofDays(900))),
                    post("old-chat", "Lovely weather at the harbour today", now.minus(Duration.ofDays(60))),
                    post("kept-chat", "Anyone seen my cousin? He was at the harbour", now.minus(Duration.ofDays(60))),
                    post("new-chat", "Good morning everyone", now.minus(Duration.ofDays(2)))));
            LucenePostIndex index = (LucenePostIndex) tw.index();
            RetentionService service = new RetentionService(new RetentionSettings(true, Duration.ofDays(730), Duration.ofDays(30)),
                    new IndexRetentionTarget(index), ids -> ids.contains("facebook:kept-chat") ? Set.of("facebook:kept-chat") : Set.of(), tw.audit());
            service.purge(Clock.fixed(now, ZoneOffset.UTC));
            List<String> left = tw.index().search(new SearchRequest("offer:any", 100)).hits().stream().map(h -> h.post().post().id()).toList();
            assertThat(left).containsExactlyInAnyOrder("facebook:old-offer", "facebook:kept-chat", "facebook:new-chat");
        }
    }
}
