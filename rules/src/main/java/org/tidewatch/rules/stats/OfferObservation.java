package org.tidewatch.rules.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * One post offering one route, as the statistics count it.
 *
 * @param postId    the post
 * @param route     the route counted
 * @param author    the author (or a stand-in for anonymous posts)
 * @param group     the near-duplicate group of the post among the author's posts
 * @param signature the post's near-duplicate signature
 * @param eurPrice  the first price of the post in EUR, or null when it has none we can convert
 * @param eventAt   published_at, or collected_at when the page gave no date
 */
public record OfferObservation(String postId, RouteKey route, String author, String group, byte[] signature,
                               Double eurPrice, Instant eventAt) {
    public OfferObservation {
        if (postId == null || postId.isBlank()) {
            throw new IllegalArgumentException("postId must not be blank");
        }
        if (route == null || author == null || group == null || signature == null || eventAt == null) {
            throw new IllegalArgumentException("route, author, group and eventAt are required (post " + postId + ")");
        }
    }

    /** The UTC day the offer counts on. */
    public LocalDate day() {
        return LocalDate.ofInstant(eventAt, ZoneOffset.UTC);
    }
}
