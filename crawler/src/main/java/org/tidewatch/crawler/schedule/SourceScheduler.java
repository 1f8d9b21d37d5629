package org.tidewatch.crawler.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.health.SourceHealth;
import org.tidewatch.crawler.health.SourceHealthStore;

/**
 * Runs every enabled source on its Quartz cron {@code schedule} (evaluated in UTC), in memory (no Quartz database).
 * A source never runs twice at once; a firing missed while the process was busy runs once, then the schedule goes
 * on; a failing source backs off on its own (its next firing is pushed past the backoff) while the others keep
 * their pool threads. {@link #reload} applies a new source list without a restart.
 */
public final class SourceScheduler implements AutoCloseable {
    private static final String GROUP = "tidewatch-sources";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Scheduler quartz;
    private final SourceJobRunner runner;
    private final SourceHealthStore health;
    private final RunListener listener;
    private final Map<String, SourceConfig> configs = new ConcurrentHashMap<>();

    /** A scheduler with {@code threads} worker threads (at most that many sources run at once). */
    public SourceScheduler(SourceJobRunner runner, SourceHealthStore health, int threads) {
        this(runner, health, threads, RunListener.NONE);
    }

    /** As above, telling {@code listener} about every finished run. */
    public SourceScheduler(SourceJobRunner runner, SourceHealthStore health, int threads, RunListener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("scheduler threads must be at least 1: " + threads);
        }
        this.runner = runner;
        this.health = health;
        this.listener = listener;
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "tidewatch-" + INSTANCES.incrementAndGet());
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        try {
            this.quartz = new StdSchedulerFactory(p).getScheduler();
            quartz.setJobFactory((bundle, scheduler) -> new SourceJob(this));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the source scheduler: " + e.getMessage(), e);
        }
    }

    /** Starts firing (sources may be loaded before or after). */
    public void start() {
        call(() -> quartz.start(), "start");
    }

    /**
     * Makes the scheduled sources match {@code sources}: schedules new and re-enabled ones, unschedules removed and
     * disabled ones (a run in progress finishes), applies changed configurations. A bad source is rejected with its
     * reason and the others still apply.
     */
    public synchronized ReloadResult reload(List<SourceConfig> sources) {
        Map<String, SourceConfig> wanted = new LinkedHashMap<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (SourceConfig s : sources) {
            if (!s.enabled()) {
                continue;
            }
            if (wanted.containsKey(s.id())) {
                rejected.put(s.id(), "duplicate source id");
                continue;
            }
            try {
                CronExpression.validateExpression(s.schedule());
                wanted.put(s.id(), s);
            } catch (ParseException e) {
                rejected.put(s.id(), "bad schedule '" + s.schedule() + "': " + e.getMessage());
            }
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        for (String id : scheduledSources()) {
            if (!wanted.containsKey(id) && !rejected.containsKey(id)) {
                call(() -> quartz.deleteJob(JobKey.jobKey(id, GROUP)), "unschedule " + id);
                configs.remove(id);
                removed.add(id);
            }
        }
        for (SourceConfig s : wanted.values()) {
            SourceConfig old = configs.put(s.id(), s);
            if (old == null) {
                Instant from = health.get(s.id()).map(SourceHealth::nextAllowedRunAt)
                        .filter(t -> t.isAfter(Instant.now())).orElse(Instant.now());
                call(() -> quartz.scheduleJob(JobBuilder.newJob(SourceJob.class).withIdentity(s.id(), GROUP).build(),
                        trigger(s, from)), "schedule " + s.id());
                added.add(s.id());
            } else if (!old.equals(s)) {
                if (!old.schedule().equals(s.schedule())) {
                    call(() -> quartz.rescheduleJob(TriggerKey.triggerKey(s.id(), GROUP), trigger(s, Instant.now())),
                            "reschedule " + s.id());
                }
                updated.add(s.id());
            }
        }
        return new ReloadResult(added, removed, updated, rejected);
    }

    /** Runs a source now, outside its schedule and despite a backoff; false when it is not scheduled. */
    public boolean runNow(String sourceId) {
        if (!configs.containsKey(sourceId)) {
            return false;
        }
        JobDataMap data = new JobDataMap();
        data.put(SourceJob.MANUAL, true);
        call(() -> quartz.triggerJob(JobKey.jobKey(sourceId, GROUP), data), "run " + sourceId);
        return true;
    }

    /** The ids of the scheduled sources, sorted. */
    public Set<String> scheduledSources() {
        try {
            Set<String> ids = new TreeSet<>();
            quartz.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)).forEach(k -> ids.add(k.getName()));
            return ids;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot list scheduled sources: " + e.getMessage(), e);
        }
    }

    /** When the source fires next (after any backoff), empty when it is not scheduled. */
    public Optional<Instant> nextRun(String sourceId) {
        try {
            Trigger t = quartz.getTrigger(TriggerKey.triggerKey(sourceId, GROUP));
            return t == null || t.getNextFireTime() == null ? Optional.empty() : Optional.of(t.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the schedule of " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** The configured sources with their schedule and health, in the order given. */
    public List<SourceStatus> status(List<SourceConfig> configured) {
        Set<String> scheduled = scheduledSources();
        return configured.stream().map(s -> new SourceStatus(s.id(), s.type(), s.url(), s.schedule(), s.enabled(),
                scheduled.contains(s.id()), nextRun(s.id()).orElse(null),
                health.get(s.id()).orElse(SourceHealth.never(s.id())))).toList();
    }

    /** Stops firing and waits for the runs in progress to finish. */
    public void stop() {
        call(() -> quartz.shutdown(true), "stop");
    }

    @Override
    public void close() {
        stop();
    }

    SourceConfig config(String id) {
        return configs.get(id);
    }

    SourceJobRunner runner() {
        return runner;
    }

    SourceHealthStore health() {
        return health;
    }

    RunListener listener() {
        return listener;
    }

    /** Pushes a failing source's next firing past its backoff. */
    synchronized void delayUntil(String id, Instant notBefore) {
        SourceConfig s = configs.get(id);
        if (s != null && notBefore != null) {
            call(() -> quartz.rescheduleJob(TriggerKey.triggerKey(id, GROUP), trigger(s, notBefore)), "delay " + id);
        }
    }

    /** After a success (possibly a manual run during a backoff), the schedule resumes from now. */
    synchronized void resumeAfterSuccess(String id) {
        SourceConfig s = configs.get(id);
        try {
            Trigger t = quartz.getTrigger(TriggerKey.triggerKey(id, GROUP));
            if (s != null && t != null && t.getStartTime().toInstant().isAfter(Instant.now())) {
                quartz.rescheduleJob(t.getKey(), trigger(s, Instant.now()));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot resume " + id + ": " + e.getMessage(), e);
        }
    }

    private static Trigger trigger(SourceConfig s, Instant startAt) {
        return TriggerBuilder.newTrigger().withIdentity(s.id(), GROUP).forJob(s.id(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(s.schedule()).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                // Quartz may fire up to a second before a start time that is not on a whole second.
                .startAt(Date.from(ceilToSecond(startAt)))
                .build();
    }

    private static Instant ceilToSecond(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.SECONDS);
        return floor.equals(t) ? t : floor.plusSeconds(1);
    }

    /** A Quartz call whose failure is a programming or state error, reported with what was being done. */
    private interface QuartzCall {
        void call() throws SchedulerException;
    }

    private static void call(QuartzCall c, String what) {
        try {
            c.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler cannot " + what + ": " + e.getMessage(), e);
        }
    }
}
