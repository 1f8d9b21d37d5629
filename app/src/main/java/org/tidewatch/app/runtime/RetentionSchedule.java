package org.tidewatch.app.runtime;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.referral.ReferralStore;
import org.tidewatch.app.retention.PurgeResult;
import org.tidewatch.app.retention.ReferencedPosts;
import org.tidewatch.app.retention.RetentionService;
import org.tidewatch.index.LucenePostIndex;
import org.tidewatch.rules.alert.AlertQuery;
import org.tidewatch.rules.alert.StoredAlert;

/** Runs the retention purge at start and then daily, when retention is configured; a no-op otherwise. */
final class RetentionSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final ScheduledExecutorService executor;

    private RetentionSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    static RetentionSchedule startIfEnabled(Tidewatch tw) {
        if (!tw.config().retention().enabled() || !(tw.index() instanceof LucenePostIndex index)) {
            return new RetentionSchedule(null);
        }
        // Cases, alerts and referral reports name the posts they must keep.
        CaseStore cases = new CaseStore(tw.db(), Clock.systemUTC());
        ReferralStore referrals = new ReferralStore(tw.db());
        ReferencedPosts referenced = ReferencedPosts.anyOf(List.of(cases::referenced, alertExamples(tw), referrals::referenced));
        RetentionService service = new RetentionService(tw.config().retention(), new IndexRetentionTarget(index), referenced, tw.audit());
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        ex.scheduleAtFixedRate(() -> {
            try {
                PurgeResult r = service.purge(Clock.systemUTC());
                LOG.info("retention purge: {}", r);
            } catch (RuntimeException e) {
                LOG.error("retention purge failed: {}", e.toString());
            }
        }, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
        return new RetentionSchedule(ex);
    }

    /** Posts shown as examples of any stored alert. */
    private static ReferencedPosts alertExamples(Tidewatch tw) {
        return ids -> {
            java.util.Set<String> wanted = new java.util.HashSet<>(ids);
            java.util.Set<String> out = new java.util.HashSet<>();
            for (StoredAlert a : tw.rules().alerts().list(AlertQuery.all())) {
                for (String id : a.alert().examplePostIds()) {
                    if (wanted.contains(id)) {
                        out.add(id);
                    }
                }
            }
            return out;
        };
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
