package org.tidewatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.demo.DemoSources;
import org.tidewatch.app.demo.SampleSite;

class ServerRunTest {
    @TempDir
    Path dir;

    @Test
    void announcesTheServerOnlyOnceTheFirstCollectionIsSearchable() throws Exception {
        try (SampleSite site = SampleSite.start(Clock.systemUTC())) {
            TidewatchConfig config = TidewatchConfig.defaults(dir.resolve("tidewatch.yaml"))
                    .withSources(DemoSources.pointedAt(site.baseUrl()));
            Tidewatch tw = Tidewatch.open(config, dir.resolve("data"), "test");
            ServerRun run = new ServerRun(tw, new ServerSettings("127.0.0.1", 0), () -> DemoSources.pointedAt(site.baseUrl()))
                    .awaitFirstCollection(Duration.ofSeconds(60));
            CompletableFuture<Long> postsAtStart = new CompletableFuture<>();
            Thread server = Thread.ofPlatform().start(() -> {
                try {
                    run.runUntilStopped(port -> {
                        postsAtStart.complete(tw.index().count());
                        run.stop();
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(postsAtStart.get(90, TimeUnit.SECONDS)).isPositive();
            server.join(30_000);
            assertThat(server.isAlive()).as("stop() ends the run").isFalse();
        }
    }

    @Test
    void firstCollectionsCountsEachSourceOnceAndNamesThoseStillRunning() throws Exception {
        FirstCollections first = new FirstCollections(java.util.List.of("a", "b"));
        first.finished("a");
        first.finished("a");
        first.finished("unknown");
        assertThat(first.await(Duration.ofMillis(10))).isFalse();
        assertThat(first.pending()).containsExactly("b");
        first.finished("b");
        assertThat(first.await(Duration.ofMillis(10))).isTrue();
    }
}
