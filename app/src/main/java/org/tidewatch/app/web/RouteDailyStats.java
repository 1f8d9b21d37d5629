package org.tidewatch.app.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidewatch.app.security.Html;
import org.tidewatch.rules.stats.RouteDay;
import org.tidewatch.rules.stats.RouteKey;
import org.tidewatch.rules.stats.RouteStatsStore;

/**
 * The trends page's table of the rules module's daily route statistics (offers counted once per author and
 * near-duplicate group, prices in EUR), summed per country route since the first recorded day.
 */
final class RouteDailyStats {
    private final RouteStatsStore stats;
    private final Clock clock;

    RouteDailyStats(RouteStatsStore stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    /** The table as HTML, or a sentence when the rules have recorded nothing yet. */
    String render() {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = stats.firstDay().orElse(null);
        StringBuilder sb = new StringBuilder("<section class=\"route-stats\"><h2>Daily route statistics</h2>");
        if (first == null || first.isAfter(today)) {
            return sb.append("<p>The rules have not recorded any offer with a route yet.</p></section>").toString();
        }
        Map<String, List<RouteDay>> byRoute = new LinkedHashMap<>();
        for (RouteDay d : stats.days(first, today)) {
            if (d.route().level() == RouteKey.Level.COUNTRY) {
                byRoute.computeIfAbsent(d.route().key(), k -> new ArrayList<>()).add(d);
            }
        }
        sb.append("<p>Distinct offers (one per author and near-duplicate group) per country route since ").append(first)
                .append(", from the rules' daily statistics.</p><table class=\"route-stats\"><thead><tr><th scope=\"col\">Route</th>")
                .append("<th scope=\"col\">Days with offers</th><th scope=\"col\">Offers</th><th scope=\"col\">Authors</th>")
                .append("<th scope=\"col\">Median EUR</th><th scope=\"col\">Latest day</th></tr></thead><tbody>");
        byRoute.forEach((route, days) -> {
            Set<String> authors = new HashSet<>();
            List<Double> prices = new ArrayList<>();
            days.forEach(d -> {
                authors.addAll(d.authors());
                prices.addAll(d.prices());
            });
            Double median = RouteDay.median(prices);
            sb.append("<tr><td><bdi>").append(Html.escape(route)).append("</bdi></td><td>").append(days.size()).append("</td><td>")
                    .append(days.stream().mapToInt(RouteDay::offers).sum()).append("</td><td>").append(authors.size()).append("</td><td>")
                    .append(median == null ? "—" : String.format(Locale.ROOT, "%.0f", median)).append("</td><td>")
                    .append(days.get(days.size() - 1).day()).append("</td></tr>");
        });
        return sb.append("</tbody></table></section>").toString();
    }
}
