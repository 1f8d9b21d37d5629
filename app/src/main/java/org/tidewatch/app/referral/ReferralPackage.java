package org.tidewatch.app.referral;

import java.time.Instant;
import java.util.List;

/**
 * One referral to one platform: the notice, the items referred and what was held back.
 *
 * @param id         report id, e.g. {@code R-20261123-0142-telegram-3f9a}
 * @param platform   the platform it is addressed to
 * @param author     the liaison officer who prepared it
 * @param createdAt  when it was prepared (UTC)
 * @param selection  how the posts were chosen (the query, or the ticked ids)
 * @param legalBasis the legal basis the referral rests on
 * @param notice     the DSA Art. 16 notice fields
 * @param items      the posts referred
 * @param excluded   the posts left out, with the reason
 */
public record ReferralPackage(String id, String platform, String author, Instant createdAt, String selection,
                              String legalBasis, DsaNotice notice, List<ReferralItem> items, List<Exclusion> excluded) {
    public ReferralPackage {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("report id must be 1..100 letters, digits, '.', '_' or '-': '" + id + "'");
        }
        if (platform == null || platform.isBlank()) {
            throw new IllegalArgumentException("platform of report " + id + " must not be blank");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("author of report " + id + " must not be blank");
        }
        if (createdAt == null || notice == null) {
            throw new IllegalArgumentException("createdAt and notice of report " + id + " must not be null");
        }
        selection = selection == null ? "" : selection;
        legalBasis = legalBasis == null ? "" : legalBasis;
        items = List.copyOf(items == null ? List.of() : items);
        excluded = List.copyOf(excluded == null ? List.of() : excluded);
        for (ReferralItem item : items) {
            if (!item.platform().equals(platform)) {
                throw new IllegalArgumentException("item " + item.postId() + " is on " + item.platform()
                        + ", not on the report's platform " + platform);
            }
        }
    }

    /** The exact URLs referred, in item order. */
    public List<String> urls() {
        return items.stream().map(ReferralItem::url).toList();
    }
}
