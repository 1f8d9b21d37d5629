package org.tidewatch.app.referral;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Takedown figures computed from the recorded checks: per report, and per platform. */
public final class TakedownStats {
    /** The state of one report's items by their latest check. */
    public record ReportStatus(int items, int online, int removed, int errors, int unchecked) {
    }

    /**
     * Removal figures for one platform.
     *
     * @param referred         posts referred to it
     * @param removed          of those, seen removed
     * @param removalRate      removed / referred (0 when none referred)
     * @param medianToRemoval  median time from referral to the first check that found it removed (empty when none)
     */
    public record PlatformStatus(String platform, int referred, int removed, double removalRate,
                                 Optional<Duration> medianToRemoval) {
    }

    private final ReferralStore store;

    public TakedownStats(ReferralStore store) {
        this.store = store;
    }

    /** How many of the report's items are online, removed, in error or not yet checked. */
    public ReportStatus forReport(ReferralPackage pkg) {
        int online = 0;
        int removed = 0;
        int errors = 0;
        int unchecked = 0;
        for (ReferralItem i : pkg.items()) {
            List<TakedownCheck> h = store.checks(i.platform(), i.postId());
            if (h.isEmpty()) {
                unchecked++;
                continue;
            }
            switch (h.getLast().status()) {
                case ONLINE -> online++;
                case REMOVED -> removed++;
                case ERROR -> errors++;
            }
        }
        return new ReportStatus(pkg.items().size(), online, removed, errors, unchecked);
    }

    /** Removal rate and median time-to-removal per platform, platforms in name order. */
    public List<PlatformStatus> perPlatform() {
        Map<String, List<Duration>> removedAfter = new LinkedHashMap<>();
        Map<String, Integer> referred = new LinkedHashMap<>();
        for (ReferralStore.Referred r : store.referredPosts()) {
            referred.merge(r.platform(), 1, Integer::sum);
            List<Duration> durations = removedAfter.computeIfAbsent(r.platform(), k -> new ArrayList<>());
            store.checks(r.platform(), r.postId()).stream()
                    .filter(c -> c.status() == TakedownCheck.Status.REMOVED).findFirst()
                    .ifPresent(c -> durations.add(Duration.between(r.referredAt(), c.checkedAt())));
        }
        List<PlatformStatus> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : referred.entrySet()) {
            List<Duration> d = removedAfter.get(e.getKey());
            out.add(new PlatformStatus(e.getKey(), e.getValue(), d.size(), (double) d.size() / e.getValue(), median(d)));
        }
        return out;
    }

    static Optional<Duration> median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }
}
