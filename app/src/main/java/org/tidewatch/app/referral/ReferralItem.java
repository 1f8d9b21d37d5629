package org.tidewatch.app.referral;

import java.time.Instant;
import java.util.List;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Post;
import org.tidewatch.core.Reason;

/**
 * One post in a referral package: everything a platform needs to find it and judge it, and what proves the capture.
 *
 * @param postId       Tidewatch's stable post id
 * @param platform     the platform it was posted on
 * @param url          the exact public URL (DSA Art. 16(2)(b))
 * @param account      the posting account (handle, else display name; null when unknown)
 * @param publishedAt  when it was published (UTC; null when the page does not say)
 * @param capturedAt   when Tidewatch captured it (UTC)
 * @param sha256       SHA-256 of the captured payload (null when the capture predates the evidence store)
 * @param warcFile     WARC file holding the capture
 * @param warcRecordId WARC-Record-ID of the capture
 * @param lang         ISO 639-1 language
 * @param text         the post's text as captured
 * @param reasons      why it was flagged, with English glosses
 */
public record ReferralItem(String postId, String platform, String url, String account, Instant publishedAt,
                           Instant capturedAt, String sha256, String warcFile, String warcRecordId, String lang,
                           String text, List<Reason> reasons) {
    public ReferralItem {
        if (postId == null || postId.isBlank()) {
            throw new IllegalArgumentException("postId must not be blank");
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url of referral item " + postId + " must not be blank");
        }
        if (capturedAt == null) {
            throw new IllegalArgumentException("capturedAt of referral item " + postId + " must not be null");
        }
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        text = text == null ? "" : text;
    }

    /** The item for an enriched post that has a URL. */
    static ReferralItem of(EnrichedPost ep) {
        Post p = ep.post();
        String account = p.author() != null ? p.author() : p.authorName();
        return new ReferralItem(p.id(), p.platform(), p.url(), account, p.publishedAt(), p.collectedAt(),
                p.evidence() == null ? null : p.evidence().sha256(),
                p.evidence() == null ? null : p.evidence().warcFile(),
                p.evidence() == null ? null : p.evidence().recordId(),
                ep.enrichment().lang(), p.text(),
                ep.enrichment().reasons().stream().filter(r -> r.weight() > 0).toList());
    }

    /** The reasons as one line: "حرقة = irregular crossing (Maghrebi); …". */
    public String reasonsLine() {
        return String.join("; ", reasons.stream().map(Reason::display).toList());
    }
}
