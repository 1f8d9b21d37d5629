package org.tidewatch.crawler.run;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.Collector;
import org.tidewatch.crawler.cursor.CursorStore;
import org.tidewatch.crawler.testing.Fixtures;
import org.tidewatch.crawler.testing.MockServerTest;

class SourceRunTest extends MockServerTest {
    private static final String PAGE = "/s/zuwara_trips";
    private static final String HTML = "text/html; charset=utf-8";
    private final Database db = Database.inMemory("run-" + System.nanoTime());
    private final CursorStore cursors = new CursorStore(db);
    private final List<List<Post>> sunk = new ArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    private SourceConfig source() {
        return Fixtures.source("zuwara", "telegram", base + PAGE, Map.of(), false);
    }

    private SourceRun run() {
        return new SourceRun(fetcher(Map.of()), cursors, evidence);
    }

    private void serveChannel() {
        serve(PAGE, HTML, "telegram-page1.html");
        serve(PAGE + "?before=5", HTML, "telegram-page2.html");
    }

    private static List<String> ids(List<Post> posts) {
        return posts.stream().map(Post::id).toList();
    }

    @Test
    void recordsEachPostThenHandsThemToTheSinkThenSavesTheCursor() {
        serveChannel();

        RunReport report = run().run(source(), sunk::add);

        assertThat(report.posts()).isEqualTo(8);
        assertThat(report.failures()).isEmpty();
        assertThat(report.cursorSaved()).isTrue();
        assertThat(sunk).hasSize(1);
        assertThat(ids(evidence.posts)).isEqualTo(ids(sunk.get(0)));
        assertThat(cursors.get("zuwara")).contains("\"last_id\":\"8\"");
    }

    @Test
    void runningTwiceAddsNothingTheSecondTime() {
        serveChannel();
        SourceRun run = run();
        run.run(source(), sunk::add);

        RunReport second = run.run(source(), sunk::add);

        assertThat(second.posts()).isZero();
        assertThat(second.cursorSaved()).isFalse();
        assertThat(sunk).hasSize(1);
    }

    @Test
    void sinkFailureLeavesTheCursorSoTheNextRunDeliversTheSamePostsAgain() {
        serveChannel();
        SourceRun run = run();

        RunReport failed = run.run(source(), posts -> {
            throw new IllegalStateException("index is read-only");
        });

        assertThat(failed.posts()).isZero();
        assertThat(failed.cursorSaved()).isFalse();
        assertThat(failed.failuresByKind()).containsExactly(Map.entry("sink", 1));
        assertThat(failed.failures().get(0).reason())
                .isEqualTo("8 posts not stored by the pipeline: java.lang.IllegalStateException: index is read-only");
        assertThat(cursors.get("zuwara")).isNull();

        RunReport retried = run.run(source(), sunk::add);
        assertThat(retried.posts()).isEqualTo(8);
        assertThat(ids(sunk.get(0))).isEqualTo(ids(evidence.posts.subList(0, 8)));
    }

    @Test
    void evidenceFailureStopsTheRunBeforeTheSink() {
        serveChannel();
        evidence.failOnPost = new UncheckedIOException(new IOException("disk full"));

        RunReport report = run().run(source(), sunk::add);

        assertThat(sunk).isEmpty();
        assertThat(report.failuresByKind()).containsExactly(Map.entry("evidence", 1));
        assertThat(report.failures().get(0).reason()).startsWith("cannot record post telegram:zuwara_trips/1: ")
                .endsWith("disk full");
        assertThat(cursors.get("zuwara")).isNull();
    }

    @Test
    void pageFailuresAreCountedByKindAndTheRestIsStored() {
        serve(PAGE, HTML, "telegram-page1.html");
        server.stubFor(get(urlEqualTo(PAGE + "?before=5")).willReturn(aResponse().withStatus(503)));

        RunReport report = run().run(source(), sunk::add);

        assertThat(report.posts()).isEqualTo(4);
        assertThat(report.failuresByKind()).containsExactly(Map.entry("http_5xx", 1));
        assertThat(report.summary()).startsWith("zuwara: 4 posts, failures {http_5xx=1} in ");
        assertThat(report.cursorSaved()).isTrue();
    }

    @Test
    void collectorThatBreaksItsContractIsReportedNotThrown() {
        Function<String, Collector> broken = type -> (source, cursor) -> {
            throw new IllegalStateException("bug");
        };

        RunReport report = new SourceRun(broken, cursors, evidence).run(source(), sunk::add);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("collector");
            assertThat(f.reason()).isEqualTo("collector of type telegram failed: java.lang.IllegalStateException: bug");
        });
        assertThat(sunk).isEmpty();
    }

    @Test
    void runAllRunsEachEnabledSourceEvenAfterOneFails() {
        serveChannel();
        SourceConfig broken = Fixtures.source("gone", "telegram", base + "/s/deleted_channel", Map.of(), false);
        SourceConfig disabled = new SourceConfig("off", "telegram", base + "/s/off", "0 0 * * * ?", null, null, false,
                false, 30, 20, 0, null, Map.of(), null, Map.of(), false);

        List<RunReport> reports = run().runAll(List.of(broken, disabled, source()), sunk::add);

        assertThat(reports).extracting(RunReport::sourceId).containsExactly("gone", "zuwara");
        assertThat(reports.get(0).failuresByKind()).containsExactly(Map.entry("http_4xx", 1));
        assertThat(reports.get(1).posts()).isEqualTo(8);
        assertThat(journal()).doesNotContain("/s/off");
    }
}
