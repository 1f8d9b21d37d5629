package org.tidewatch.app.referral;

import java.time.Clock;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import org.tidewatch.crawler.fetch.HttpFetcher;

/** The referral parts assembled over one open {@link Tidewatch}. */
public record Referrals(ReferralStore store, HumanitarianGuard guard, TakedownStats stats, TakedownTracker tracker,
                        EvidenceExport evidenceExport, Clock clock) {
    /** Wires the store, guard, takedown tracker (over the configured polite fetcher) and evidence export. */
    public static Referrals over(Tidewatch tw, Clock clock) {
        ReferralStore store = new ReferralStore(tw.db());
        return new Referrals(store, HumanitarianGuard.standard(), new TakedownStats(store),
                new TakedownTracker(new HttpFetcher(tw.config().fetch(), tw.evidence()), store, clock),
                new EvidenceExport(WarcEvidenceStore.evidenceDir(tw.dataDir())), clock);
    }

    /**
     * A service that builds packages with the configured texts and this notifier (null or blank: the configured one);
     * fails with one line when no notifier is known.
     */
    public ReferralService service(Tidewatch tw, String notifierName, String notifierEmail) {
        return service(tw, tw.config().referral().withNotifier(notifierName, notifierEmail));
    }

    /** A service that builds packages with the given texts; fails with one line when no notifier is known. */
    public ReferralService service(Tidewatch tw, ReferralSettings settings) {
        settings.notice();
        return new ReferralService(tw.index(), store, new ReferralBuilder(store, guard, settings, clock));
    }
}
