package org.tidewatch.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.T0;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.channelPage;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.exchange;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

class EvidenceReplayTest {
    @TempDir
    Path dir;

    private WarcEvidenceStore open(long maxBytes) {
        return WarcEvidenceStore.openDirectory(dir, maxBytes, Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** What the app's ingest mapping would do: the resource is one {@code {"id","text"}} line. */
    private static final ResourceDecoder INGEST_LINES = resource -> {
        String json = new String(resource.content(), StandardCharsets.UTF_8);
        if (!json.startsWith("{\"id\":\"")) {
            throw new IllegalArgumentException("not an ingest line");
        }
        String id = json.substring(7, json.indexOf('"', 7));
        String text = json.substring(json.indexOf("\"text\":\"") + 8, json.lastIndexOf('"'));
        return Optional.of(new Post("import:" + id, "ingest", "import", null, null, null, null, resource.capturedAt(), text,
                Map.of(), null));
    };

    @Test
    void yieldsTheRecordedPostsWithTheirEvidenceAcrossRotatedFiles() throws Exception {
        List<Post> recorded = new ArrayList<>();
        try (WarcEvidenceStore store = open(2048)) {
            for (int i = 0; i < 5; i++) {
                EvidenceRef ref = store.recordExchange(exchange("https://example.org/page/" + i, channelPage()));
                for (int j = 0; j < 2; j++) {
                    Post p = post(i + "-" + j, "post " + i + "-" + j + " ملاحظة", ref);
                    store.recordPost(p);
                    recorded.add(p);
                }
            }
        }
        List<Post> replayed = new ArrayList<>();
        ReplaySummary summary = new EvidenceReplay(dir).replay(replayed::add);
        assertThat(replayed).containsExactlyElementsOf(recorded);
        assertThat(summary.postsYielded()).isEqualTo(10);
        assertThat(summary.superseded()).isZero();
        assertThat(summary.failures()).isEmpty();
        assertThat(new EvidenceVerifier(dir).verify().files()).hasSizeGreaterThan(1);
    }

    @Test
    void yieldsOnlyTheLatestCaptureOfAPostCapturedTwice() throws Exception {
        Post second;
        Post other;
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            EvidenceRef first = store.recordExchange(exchange("https://example.org/x", channelPage()));
            store.recordPost(post("x", "first version", first));
            EvidenceRef middle = store.recordExchange(exchange("https://example.org/y", channelPage()));
            other = post("y", "another post", middle);
            store.recordPost(other);
            EvidenceRef again = store.recordExchange(exchange("https://example.org/x", channelPage()));
            second = post("x", "edited version", again);
            store.recordPost(second);
        }
        List<Post> replayed = new ArrayList<>();
        ReplaySummary summary = new EvidenceReplay(dir).replay(replayed::add);
        assertThat(replayed).containsExactly(other, second);
        assertThat(summary.superseded()).isEqualTo(1);
    }

    @Test
    void decodesImportsWhosePostRecordWasNeverWrittenAndNoOthers() throws Exception {
        EvidenceRef orphan;
        Post imported;
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            EvidenceRef done = store.recordResource("urn:tidewatch:ingest:1", T0, "application/json",
                    "{\"id\":\"1\",\"text\":\"complete import\"}".getBytes(StandardCharsets.UTF_8));
            imported = INGEST_LINES.decode(new ImportedResource("", T0, "", "{\"id\":\"1\",\"text\":\"complete import\"}"
                    .getBytes(StandardCharsets.UTF_8), done)).orElseThrow().withEvidence(done);
            store.recordPost(imported);
            // The process stopped here: the resource is stored, its post record never was.
            orphan = store.recordResource("urn:tidewatch:ingest:2", T0, "application/json",
                    "{\"id\":\"2\",\"text\":\"interrupted import\"}".getBytes(StandardCharsets.UTF_8));
            store.recordResource("urn:tidewatch:ingest:3", T0, "application/json", "garbage".getBytes(StandardCharsets.UTF_8));
        }
        List<Post> replayed = new ArrayList<>();
        ReplaySummary summary = new EvidenceReplay(dir, INGEST_LINES).replay(replayed::add);
        assertThat(replayed).containsExactly(imported,
                new Post("import:2", "ingest", "import", null, null, null, null, T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                        "interrupted import", Map.of(), orphan));
        assertThat(summary.orphanResources()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().asString().endsWith("]: not an ingest line");

        List<Post> withoutDecoder = new ArrayList<>();
        new EvidenceReplay(dir).replay(withoutDecoder::add);
        assertThat(withoutDecoder).containsExactly(imported);
    }
}
