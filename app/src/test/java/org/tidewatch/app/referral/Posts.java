package org.tidewatch.app.referral;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.Reason;

/** Hand-written posts for the referral tests (own examples; phone numbers are libphonenumber's example numbers). */
final class Posts {
    static final Reason CROSSING = new Reason("crossing.harga", "حرقة", "irregular crossing (Maghrebi \"harga\")", 1.6);
    static final Reason PRICE = new Reason("signal.price", "4000 euro", "a price", 0.8);

    private Posts() {
    }

    static EnrichedPost offer(String platform, String nativeId, String lang, String text) {
        return post(platform, nativeId, lang, text, true, "sea_crossing", List.of(CROSSING, PRICE));
    }

    static EnrichedPost post(String platform, String nativeId, String lang, String text, boolean offer, String category,
                             List<Reason> reasons) {
        Post p = new Post(platform + ":" + nativeId, "test", platform, "https://" + platform + ".example/p/" + nativeId,
                "@acct_" + nativeId, null, Instant.parse("2026-11-01T08:30:00Z"), Instant.parse("2026-11-02T09:15:00Z"),
                text, Map.of(), new EvidenceRef("tidewatch-00001-20261102.warc.gz",
                "urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", Math.abs(nativeId.hashCode())),
                "ab".repeat(32)));
        return new EnrichedPost(p, new Enrichment(lang, offer, offer ? 0.93 : 0.1, category, reasons, List.of(),
                List.of(), List.of(), List.of()));
    }
}
