package org.tidewatch.app.referral;

import java.time.Clock;
import java.util.List;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import org.tidewatch.crawler.fetch.HttpFetcher;

/** The referral parts assembled over one open {@link Tidewatch}. */
public record Referrals(ReferralStore store, HumanitarianGuard guard, TakedownStats stats, TakedownTracker tracker,
                        EvidenceExport evidenceExport, CaseStore cases, Clock clock) {
    /** Wires the store, guard, takedown tracker (over the configured polite fetcher), evidence export and cases. */
    public static Referrals over(Tidewatch tw, Clock clock) {
        ReferralStore store = new ReferralStore(tw.db());
        return new Referrals(store, HumanitarianGuard.standard(), new TakedownStats(store),
                new TakedownTracker(new HttpFetcher(tw.config().fetch(), tw.evidence()), store, clock,
                        tw.config().referral().removalMarkers()),
                new EvidenceExport(WarcEvidenceStore.evidenceDir(tw.dataDir())), new CaseStore(tw.db(), clock), clock);
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
        return new ReferralService(tw.index(), store, new ReferralBuilder(store, guard, settings, clock), cases);
    }

    /**
     * Builds, saves and audits the packages for a selection by {@code user}, with the configured texts and this
     * notifier (null or blank: the configured one).
     *
     * @throws IllegalArgumentException with one line for a missing notifier, an unknown case or unknown post ids
     */
    public List<ReferralPackage> refer(Tidewatch tw, ReferralSelection selection, String platform, String user,
                                       boolean reRefer, String notifierName, String notifierEmail) {
        List<ReferralPackage> packages = service(tw, notifierName, notifierEmail).build(selection, platform, user, reRefer);
        for (ReferralPackage p : packages) {
            tw.audit().record(user, AuditAction.REPORT, p.id() + " to " + p.platform() + " (" + p.selection() + ")",
                    p.items().size());
        }
        return packages;
    }
}
