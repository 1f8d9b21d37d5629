package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.util.List;
import org.tidewatch.app.security.Html;

/**
 * {@code GET /alerts}: the analyst's inbox. The rules module has no alert store on main yet, so the page says so and
 * points at the route changes the trends page computes from the index; acknowledge and dismiss come with the store.
 */
final class AlertsPage {
    private final TrendsPage trends;

    AlertsPage(TrendsPage trends) {
        this.trends = trends;
    }

    void handle(Context ctx) {
        List<RouteTrend> rising = trends.trends().stream().filter(t -> t.change() > 0).toList();
        StringBuilder sb = new StringBuilder("<h1>Alerts</h1><p class=\"notice\" role=\"status\">No alert store is installed yet: "
                + "alerts raised by the rules will be listed here, with acknowledge and dismiss.</p><h2>Rising routes</h2>");
        if (rising.isEmpty()) {
            sb.append("<p>No route has more offers this month than last month.</p>");
        } else {
            sb.append("<ul>");
            rising.forEach(t -> sb.append("<li><a href=\"").append(Html.escape(Links.search("route:" + SearchQueries.quoted(t.route()))))
                    .append("\">").append(Html.escape(t.route())).append("</a>: ").append(t.change()).append(" more offers in ")
                    .append(t.offers().lastKey()).append(" than the month before</li>"));
            sb.append("</ul>");
        }
        Layout.send(ctx, 200, "Alerts", sb.toString());
    }
}
