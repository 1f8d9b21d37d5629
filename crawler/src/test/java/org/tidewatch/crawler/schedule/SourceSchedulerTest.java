package org.tidewatch.crawler.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.health.Backoff;
import org.tidewatch.crawler.health.SourceHealth;
import org.tidewatch.crawler.health.SourceHealthStore;

class SourceSchedulerTest {
    private static final String EVERY_SECOND = "* * * * * ?";
    private static final String NEVER_SOON = "0 0 0 1 1 ? 2099";
    private static final AtomicInteger DB = new AtomicInteger();

    private Database db;
    private SourceHealthStore health;
    private final BlockingQueue<FinishedRun> reports = new LinkedBlockingQueue<>();
    private SourceScheduler scheduler;

    @BeforeEach
    void openHealth() {
        db = Database.inMemory("scheduler-" + DB.incrementAndGet());
        health = new SourceHealthStore(db, new Backoff(Duration.ofHours(1), Duration.ofHours(6)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        db.close();
    }

    private static SourceConfig source(String id, String cron) {
        return SourceConfig.of(id, "rss", "https://example.org/" + id + ".xml", cron);
    }

    private FinishedRun nextReport() throws InterruptedException {
        FinishedRun r = reports.poll(10, TimeUnit.SECONDS);
        assertThat(r).as("a run finished").isNotNull();
        return r;
    }

    @Test
    void firesEachSourceOnItsCronSchedule() throws Exception {
        CountDownLatch twice = new CountDownLatch(2);
        scheduler = new SourceScheduler(s -> {
            twice.countDown();
            return RunOutcome.succeeded(1);
        }, health, 2, reports::add);
        scheduler.reload(List.of(source("feed", EVERY_SECOND)));
        scheduler.start();

        assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(nextReport().sourceId()).isEqualTo("feed");
        assertThat(health.get("feed").orElseThrow().itemsTotal()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void neverRunsTheSameSourceTwiceAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        scheduler = new SourceScheduler(s -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            running.decrementAndGet();
            return RunOutcome.succeeded(0);
        }, health, 4, reports::add);
        scheduler.reload(List.of(source("feed", NEVER_SOON)));
        scheduler.start();

        scheduler.runNow("feed");
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.runNow("feed");
        scheduler.runNow("feed");
        release.countDown();
        for (int i = 0; i < 3; i++) {
            nextReport();
        }
        assertThat(maxRunning.get()).isEqualTo(1);
    }

    @Test
    void aSourceThatHangsNeverDelaysTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        scheduler = new SourceScheduler(s -> {
            if (s.id().equals("stuck")) {
                release.await(10, TimeUnit.SECONDS);
            }
            return RunOutcome.succeeded(0);
        }, health, 2, reports::add);
        scheduler.reload(List.of(source("stuck", NEVER_SOON), source("healthy", NEVER_SOON)));
        scheduler.start();

        scheduler.runNow("stuck");
        scheduler.runNow("healthy");
        assertThat(nextReport().sourceId()).isEqualTo("healthy");
        release.countDown();
        assertThat(nextReport().sourceId()).isEqualTo("stuck");
    }

    @Test
    void aFailingSourceBacksOffOnItsOwnAndRecovers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        scheduler = new SourceScheduler(s -> {
            if (s.id().equals("flaky") && calls.incrementAndGet() == 1) {
                throw new java.io.IOException("http_503: Service Unavailable");
            }
            return RunOutcome.succeeded(5);
        }, health, 2, reports::add);
        scheduler.reload(List.of(source("flaky", EVERY_SECOND)));
        scheduler.start();

        FinishedRun failed = nextReport();
        assertThat(failed.outcome()).isEqualTo(RunOutcome.failed("java.io.IOException: http_503: Service Unavailable"));
        SourceHealth h = health.get("flaky").orElseThrow();
        assertThat(h.consecutiveFailures()).isEqualTo(1);
        assertThat(h.lastError()).isEqualTo("java.io.IOException: http_503: Service Unavailable");
        assertThat(h.nextAllowedRunAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        // The every-second schedule is pushed past the one-hour backoff.
        assertThat(scheduler.nextRun("flaky").orElseThrow()).isAfterOrEqualTo(h.nextAllowedRunAt());

        // An operator's manual run goes through the backoff; its success clears it and the schedule resumes.
        scheduler.runNow("flaky");
        assertThat(nextReport().outcome()).isEqualTo(RunOutcome.succeeded(5));
        SourceHealth recovered = health.get("flaky").orElseThrow();
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.nextAllowedRunAt()).isNull();
        assertThat(recovered.itemsTotal()).isEqualTo(5);
        assertThat(scheduler.nextRun("flaky").orElseThrow()).isBefore(Instant.now().plus(Duration.ofMinutes(1)));
    }

    @Test
    void reloadAddsRemovesAndUpdatesSourcesAndRejectsBadOnes() {
        scheduler = new SourceScheduler(s -> RunOutcome.succeeded(0), health, 1);
        ReloadResult first = scheduler.reload(List.of(source("a", NEVER_SOON), source("b", NEVER_SOON)));
        assertThat(first).isEqualTo(new ReloadResult(List.of("a", "b"), List.of(), List.of(), Map.of()));

        SourceConfig disabled = new SourceConfig("d", "rss", "https://example.org/d.xml", NEVER_SOON, null, null, false,
                false, 30, 20, 1000, null, Map.of(), null, Map.of(), true);
        ReloadResult second = scheduler.reload(List.of(source("b", "0 0/5 * * * ?"), source("c", NEVER_SOON), disabled,
                source("e", "every five minutes")));
        assertThat(second.added()).containsExactly("c");
        assertThat(second.removed()).containsExactly("a");
        assertThat(second.updated()).containsExactly("b");
        assertThat(second.rejected()).containsOnlyKeys("e");
        assertThat(second.rejected().get("e")).startsWith("bad schedule 'every five minutes': ");
        assertThat(scheduler.scheduledSources()).containsExactly("b", "c");
        assertThat(scheduler.nextRun("b").orElseThrow()).isBefore(Instant.now().plus(Duration.ofMinutes(6)));
        assertThat(scheduler.runNow("a")).isFalse();
    }

    @Test
    void showsEachConfiguredSourceWithItsScheduleAndHealth() {
        health.recordFailure("broken", "http_404: Not Found");
        scheduler = new SourceScheduler(s -> RunOutcome.succeeded(0), health, 1);
        SourceConfig ok = source("ok", NEVER_SOON);
        SourceConfig broken = source("broken", EVERY_SECOND);
        SourceConfig bad = source("bad", "not cron");
        scheduler.reload(List.of(ok, broken, bad));

        List<SourceStatus> status = scheduler.status(List.of(ok, broken, bad));
        assertThat(status).extracting(SourceStatus::id, SourceStatus::scheduled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ok", true),
                        org.assertj.core.groups.Tuple.tuple("broken", true),
                        org.assertj.core.groups.Tuple.tuple("bad", false));
        assertThat(status.get(0).health()).isEqualTo(SourceHealth.never("ok"));
        assertThat(status.get(0).nextRun()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(status.get(1).health().lastError()).isEqualTo("http_404: Not Found");
        assertThat(status.get(1).nextRun()).isAfterOrEqualTo(status.get(1).health().nextAllowedRunAt());
        assertThat(status.get(2).nextRun()).isNull();
    }

    @Test
    void aSourceStillBackingOffWhenScheduledWaitsItOut() {
        health.recordFailure("feed", "timeout");
        Instant notBefore = health.get("feed").orElseThrow().nextAllowedRunAt();
        scheduler = new SourceScheduler(s -> RunOutcome.succeeded(0), health, 1);
        scheduler.reload(List.of(source("feed", EVERY_SECOND)));
        assertThat(scheduler.nextRun("feed").orElseThrow()).isAfterOrEqualTo(notBefore);
    }

    @Test
    void keepsCountingRunsPerSource() throws Exception {
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        scheduler = new SourceScheduler(s -> {
            runs.computeIfAbsent(s.id(), k -> new AtomicInteger()).incrementAndGet();
            return RunOutcome.succeeded(2);
        }, health, 2, reports::add);
        scheduler.reload(List.of(source("x", NEVER_SOON)));
        scheduler.start();
        scheduler.runNow("x");
        nextReport();
        scheduler.runNow("x");
        nextReport();
        assertThat(runs.get("x").get()).isEqualTo(2);
        assertThat(health.get("x").orElseThrow().itemsTotal()).isEqualTo(4);
    }
}
