/**
 * Route detectors (NEW_ROUTE, SURGE, PRICE_SHIFT, DEPARTURE_SHIFT), the alert store and the alert formats.
 *
 * <p>To use, run a {@link org.tidewatch.rules.alert.RouteDetector} on a route's history for a day; store its
 * finding with {@link org.tidewatch.rules.alert.AlertStore#fire} (deduplicated, cooldown); list, acknowledge or
 * dismiss alerts there; render them with {@link org.tidewatch.rules.alert.AlertJson} or
 * {@link org.tidewatch.rules.alert.AtomFeed}.
 */
package org.tidewatch.rules.alert;
