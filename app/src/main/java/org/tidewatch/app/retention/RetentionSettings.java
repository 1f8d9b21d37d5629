package org.tidewatch.app.retention;

import java.time.Duration;
import org.tidewatch.core.config.ConfigNode;

/**
 * How long posts are kept, per kind. Off unless configured.
 *
 * @param offers how long posts classified as smuggling offers are kept
 * @param nonOffers how long other posts are kept (shorter by default: they are mostly about uninvolved people)
 */
public record RetentionSettings(boolean enabled, Duration offers, Duration nonOffers) {
    /** Default periods once retention is switched on. */
    public static final Duration DEFAULT_OFFERS = Duration.ofDays(730);
    public static final Duration DEFAULT_NON_OFFERS = Duration.ofDays(30);
    /** Retention off: nothing is ever deleted. */
    public static final RetentionSettings OFF = new RetentionSettings(false, DEFAULT_OFFERS, DEFAULT_NON_OFFERS);

    public RetentionSettings {
        if (offers == null || offers.isNegative() || offers.isZero()) {
            throw new IllegalArgumentException("offer retention must be positive, not " + offers);
        }
        if (nonOffers == null || nonOffers.isNegative() || nonOffers.isZero()) {
            throw new IllegalArgumentException("non-offer retention must be positive, not " + nonOffers);
        }
    }

    /**
     * Reads the {@code retention:} mapping: {@code enabled} (default: true when a period is given, else false),
     * {@code offers_days} (default 730), {@code non_offers_days} (default 30); unknown keys fail.
     */
    public static RetentionSettings fromConfig(ConfigNode node) {
        boolean periodsGiven = node.has("offers_days") || node.has("non_offers_days");
        RetentionSettings s = new RetentionSettings(
                node.bool("enabled", periodsGiven),
                Duration.ofDays(node.longValue("offers_days", DEFAULT_OFFERS.toDays(), 1, 36_500)),
                Duration.ofDays(node.longValue("non_offers_days", DEFAULT_NON_OFFERS.toDays(), 1, 36_500)));
        node.finish();
        return s;
    }
}
