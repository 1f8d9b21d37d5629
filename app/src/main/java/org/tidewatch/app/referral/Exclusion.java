package org.tidewatch.app.referral;

/**
 * A post that matched the selection but was left out of the package, and why.
 *
 * @param postId   the post
 * @param platform its platform
 * @param url      its URL (null when it has none)
 * @param kind     the kind of exclusion
 * @param reason   why, in words a reviewer can check
 */
public record Exclusion(String postId, String platform, String url, Kind kind, String reason) {
    /** Why a post was left out. */
    public enum Kind {
        /** Rescue hotlines, NGO/UN safety information, news, people asking for help, non-offers: never referred. */
        HUMANITARIAN,
        /** Already referred to the same platform (re-refer explicitly to include it). */
        ALREADY_REFERRED,
        /** No public URL: a notice must name the exact location. */
        NO_URL
    }

    public Exclusion {
        if (postId == null || postId.isBlank()) {
            throw new IllegalArgumentException("postId must not be blank");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind of exclusion of " + postId + " must not be null");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason of exclusion of " + postId + " must not be blank");
        }
    }
}
