package org.tidewatch.crawler.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.time.MutableClock;

class SourceHealthStoreTest {
    private static final Instant T0 = Instant.parse("2026-04-01T06:00:00Z");
    private final MutableClock clock = new MutableClock(T0);

    @TempDir
    Path data;

    @Test
    void backsOffExponentiallyUpToTheCapWhileASourceKeepsFailing() {
        try (Database db = Database.inMemory("health-backoff")) {
            SourceHealthStore store = new SourceHealthStore(db, new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5)), clock);
            assertThat(store.recordFailure("feed", "http_503: Service Unavailable").nextAllowedRunAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(store.recordFailure("feed", "timeout").nextAllowedRunAt()).isEqualTo(T0.plusSeconds(120));
            assertThat(store.recordFailure("feed", "timeout").nextAllowedRunAt()).isEqualTo(T0.plusSeconds(240));
            SourceHealth fourth = store.recordFailure("feed", "connection refused");
            assertThat(fourth.nextAllowedRunAt()).isEqualTo(T0.plusSeconds(300));
            assertThat(fourth.consecutiveFailures()).isEqualTo(4);
            assertThat(fourth.lastError()).isEqualTo("connection refused");
            assertThat(store.get("feed")).contains(fourth);
        }
    }

    @Test
    void mayRunOnlyOnceTheBackoffHasPassed() {
        try (Database db = Database.inMemory("health-mayrun")) {
            SourceHealthStore store = new SourceHealthStore(db, new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(5)), clock);
            assertThat(store.mayRun("feed")).isTrue();
            store.recordFailure("feed", "timeout");
            assertThat(store.mayRun("feed")).isFalse();
            clock.advance(Duration.ofSeconds(59));
            assertThat(store.mayRun("feed")).isFalse();
            clock.advance(Duration.ofSeconds(1));
            assertThat(store.mayRun("feed")).isTrue();
        }
    }

    @Test
    void recoveryClearsFailuresAndBackoffAndKeepsTheLastErrorForTheRecord() {
        try (Database db = Database.inMemory("health-recovery")) {
            SourceHealthStore store = new SourceHealthStore(db, Backoff.DEFAULT, clock);
            store.recordSuccess("feed", 12);
            clock.advance(Duration.ofMinutes(10));
            store.recordFailure("feed", "http_429: Too Many Requests");
            clock.advance(Duration.ofMinutes(10));
            SourceHealth recovered = store.recordSuccess("feed", 3);
            assertThat(recovered).isEqualTo(new SourceHealth("feed", T0.plusSeconds(1200), T0.plusSeconds(1200),
                    T0.plusSeconds(600), "http_429: Too Many Requests", 3, 15, 0, null));
            assertThat(store.mayRun("feed")).isTrue();
        }
    }

    @Test
    void listsEverySourceByIdAndSurvivesAReopen() {
        try (Database db = Database.open(data)) {
            SourceHealthStore store = new SourceHealthStore(db, Backoff.DEFAULT, clock);
            store.recordSuccess("zeta", 1);
            store.recordFailure("alpha", "robots: disallowed");
        }
        try (Database db = Database.open(data)) {
            assertThat(new SourceHealthStore(db, Backoff.DEFAULT, clock).list())
                    .extracting(SourceHealth::sourceId, SourceHealth::consecutiveFailures, SourceHealth::itemsTotal)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("alpha", 1, 0L),
                            org.assertj.core.groups.Tuple.tuple("zeta", 0, 1L));
        }
    }

    @Test
    void rejectsABackoffWhoseCapIsBelowItsStart() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backoff max PT1M is shorter than initial PT5M");
    }
}
