package org.tidewatch.app.referral;

import java.time.Instant;

/**
 * One re-check of a referred URL.
 *
 * @param platform   the platform it was referred to
 * @param postId     the post
 * @param url        the URL fetched
 * @param checkedAt  when (UTC)
 * @param status     what the check found
 * @param httpStatus HTTP status of the final response, 0 when none arrived
 * @param detail     why it counts as removed, or the failure reason for errors, else empty
 */
public record TakedownCheck(String platform, String postId, String url, Instant checkedAt, Status status,
                            int httpStatus, String detail) {
    /** What a check found. */
    public enum Status {
        /** The content still answers 2xx. */
        ONLINE,
        /** 404 Not Found, 410 Gone, or a platform page saying the content is gone (see RemovalRule): taken down. */
        REMOVED,
        /** Anything else (timeouts, 5xx, 403 …): unknown, checked again next time. */
        ERROR
    }

    public TakedownCheck {
        if (platform == null || postId == null || url == null || checkedAt == null || status == null) {
            throw new IllegalArgumentException("a takedown check needs platform, post, url, time and status: "
                    + platform + ", " + postId + ", " + url + ", " + checkedAt + ", " + status);
        }
        detail = detail == null ? "" : detail;
    }
}
