package org.tidewatch.nlp.offer;

import java.util.List;
import org.tidewatch.core.Reason;

/**
 * What the offer classifier decided about one post.
 *
 * @param score    offer probability in 0..1
 * @param isOffer  whether the score reaches the threshold
 * @param category sea_crossing, land_crossing, air_crossing or documents for offers; null otherwise
 * @param reasons  indicators behind the decision, strongest first
 */
public record OfferDecision(double score, boolean isOffer, String category, List<Reason> reasons) {
    public OfferDecision {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in 0..1: " + score);
        }
        if (!isOffer && category != null) {
            throw new IllegalArgumentException("a non-offer has no category, got " + category);
        }
        reasons = List.copyOf(reasons);
    }
}
