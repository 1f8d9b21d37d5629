/**
 * Route statistics per UTC day: distinct offers (distinct author and near-duplicate group pairs), distinct authors and
 * the median EUR price, by country pair and by place pair.
 *
 * <p>To use, turn posts into observations with {@link org.tidewatch.rules.stats.OfferObservations}, store them with
 * {@link org.tidewatch.rules.stats.RouteStatsStore#record}, recompute the touched days, and read a route's
 * {@link org.tidewatch.rules.stats.RouteHistory} or every route-day for charts with {@code days(from, to)}.
 */
package org.tidewatch.rules.stats;
