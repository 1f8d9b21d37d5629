package org.tidewatch.app.referral;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.crawler.fetch.FetchRequest;
import org.tidewatch.crawler.fetch.FetchResult;
import org.tidewatch.crawler.fetch.Fetcher;

/**
 * Re-checks referred URLs through the crawler's polite fetching layer (robots.txt, per-host delays, retries) and
 * records online / removed / error with the time. "Removed" is decided per platform by a {@link RemovalRule}: 404 or
 * 410, or a 200 page that no longer shows the content. A URL found removed is not fetched again, so the removal time is
 * that of the first check that saw it removed.
 */
public final class TakedownTracker {
    private static final Logger LOG = LoggerFactory.getLogger(TakedownTracker.class);

    /** What one round of checks found. */
    public record Round(int checked, int online, int removed, int errors, int skipped) {
    }

    private final Fetcher fetcher;
    private final ReferralStore store;
    private final Clock clock;
    private final RemovalMarkers markers;

    /** A tracker with the default soft-404 markers. */
    public TakedownTracker(Fetcher fetcher, ReferralStore store, Clock clock) {
        this(fetcher, store, clock, RemovalMarkers.DEFAULTS);
    }

    /** @param markers the soft-404 markers per platform (configured: {@code referral.removal_markers}) */
    public TakedownTracker(Fetcher fetcher, ReferralStore store, Clock clock, RemovalMarkers markers) {
        this.fetcher = fetcher;
        this.store = store;
        this.clock = clock;
        this.markers = markers;
    }

    /** Checks every referred post not yet seen removed; one failing URL never stops the round. */
    public Round checkAll() {
        int checked = 0;
        int online = 0;
        int removed = 0;
        int errors = 0;
        int skipped = 0;
        for (ReferralStore.Referred r : store.referredPosts()) {
            List<TakedownCheck> history = store.checks(r.platform(), r.postId());
            if (!history.isEmpty() && history.getLast().status() == TakedownCheck.Status.REMOVED) {
                skipped++;
                continue;
            }
            TakedownCheck c = check(r);
            store.recordCheck(c);
            checked++;
            switch (c.status()) {
                case ONLINE -> online++;
                case REMOVED -> removed++;
                case ERROR -> errors++;
            }
        }
        Round round = new Round(checked, online, removed, errors, skipped);
        LOG.info("takedown checks: {}", round);
        return round;
    }

    TakedownCheck check(ReferralStore.Referred r) {
        FetchResult res;
        try {
            res = fetcher.fetch(FetchRequest.of(r.url()));
        } catch (RuntimeException e) {
            return new TakedownCheck(r.platform(), r.postId(), r.url(), clock.instant(), TakedownCheck.Status.ERROR, 0,
                    e.toString());
        }
        Optional<String> removal = markers.rule(r.platform()).removal(res);
        TakedownCheck.Status status;
        if (removal.isPresent()) {
            status = TakedownCheck.Status.REMOVED;
        } else if (res.failure() == null && res.status() >= 200 && res.status() < 300) {
            status = TakedownCheck.Status.ONLINE;
        } else {
            status = TakedownCheck.Status.ERROR;
        }
        String detail = res.failure() == null ? "" : res.failure().kind() + ": " + res.failure().reason();
        return new TakedownCheck(r.platform(), r.postId(), r.url(), clock.instant(), status, res.status(),
                removal.orElse(detail));
    }
}
