package org.tidewatch.crawler.schedule;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.health.SourceHealth;

/**
 * One firing of one source: runs it unless it is backing off, records its health, and moves its schedule past the
 * backoff after a failure. Quartz never runs two of these at once for the same source (job key = source id).
 */
@DisallowConcurrentExecution
final class SourceJob implements Job {
    static final String MANUAL = "manual";
    private static final Logger LOG = LoggerFactory.getLogger(SourceJob.class);

    private final SourceScheduler owner;

    SourceJob(SourceScheduler owner) {
        this.owner = owner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String id = context.getJobDetail().getKey().getName();
        SourceConfig source = owner.config(id);
        if (source == null) {
            return; // removed by a reload after this firing was queued
        }
        boolean manual = context.getMergedJobDataMap().getBoolean(MANUAL);
        if (!manual && !owner.health().mayRun(id)) {
            LOG.debug("source {} is backing off; firing skipped", id);
            return;
        }
        Instant started = Instant.now();
        RunOutcome outcome;
        try {
            outcome = owner.runner().run(source);
            if (outcome == null) {
                outcome = RunOutcome.failed("the runner returned no outcome");
            }
        } catch (Exception e) {
            LOG.warn("source {} run failed", id, e);
            outcome = RunOutcome.failed(e.toString());
        }
        if (outcome.success()) {
            owner.health().recordSuccess(id, outcome.itemsCollected());
            owner.resumeAfterSuccess(id);
        } else {
            SourceHealth h = owner.health().recordFailure(id, outcome.error());
            LOG.warn("source {} failed ({} in a row), next run not before {}: {}", id, h.consecutiveFailures(),
                    h.nextAllowedRunAt(), h.lastError());
            owner.delayUntil(id, h.nextAllowedRunAt());
        }
        owner.listener().finished(new FinishedRun(id, outcome, started, Instant.now()));
    }
}
