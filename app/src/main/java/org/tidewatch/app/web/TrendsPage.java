package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.index.PostIndex;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchRequest.SortOrder;
import org.tidewatch.index.SearchResult;

/**
 * {@code GET /trends}: per route, offers per month (an SVG bar chart) and the median price, ranked by the change of
 * the latest month, computed from the index on each request; below them the rules module's daily route statistics.
 */
final class TrendsPage {
    static final int ROUTES = 8;
    private static final int POSTS_PER_ROUTE = 1000;

    private final PostIndex index;
    private final AuditLog audit;
    private final RouteDailyStats daily;

    TrendsPage(PostIndex index, AuditLog audit, RouteDailyStats daily) {
        this.index = index;
        this.audit = audit;
        this.daily = daily;
    }

    List<RouteTrend> trends() {
        SearchResult all = index.search(new SearchRequest("offer:true", 1).withoutHighlight());
        List<String> routes = Counts.largestFirst(all.facets().getOrDefault("route", Map.of())).limit(ROUTES).map(Map.Entry::getKey).toList();
        List<RouteTrend> out = new ArrayList<>();
        for (String route : routes) {
            if (route.equals("?>?")) {
                continue;
            }
            SearchResult r = index.search(new SearchRequest("offer:true route:" + SearchQueries.quoted(route), POSTS_PER_ROUTE,
                    SortOrder.NEWEST, null, false, false));
            out.add(RouteTrend.of(route, r.hits().stream().map(SearchHit::post).toList()));
        }
        out.sort(Comparator.comparingLong(RouteTrend::change).reversed().thenComparing(RouteTrend::route));
        return out;
    }

    void handle(Context ctx) {
        List<RouteTrend> trends = trends();
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "trends", trends.size());
        StringBuilder sb = new StringBuilder("<h1>Trends</h1><p>Offers per month on the ").append(trends.size())
                .append(" busiest routes, ranked by the change in the latest month. Computed from the index.</p>");
        if (trends.isEmpty()) {
            sb.append("<p>No offers with a route yet.</p>");
        }
        for (RouteTrend t : trends) {
            sb.append("<section class=\"trend\"><h2><a href=\"").append(Html.escape(Links.search("route:" + SearchQueries.quoted(t.route()))))
                    .append("\">").append(Html.escape(t.route())).append("</a> <span class=\"change\">")
                    .append(t.change() >= 0 ? "+" : "").append(t.change()).append(" in the latest month</span></h2>")
                    .append(chart(t)).append(table(t)).append("</section>");
        }
        sb.append(daily.render());
        Layout.send(ctx, 200, "Trends", sb.toString());
    }

    /** Bars of offers per month; sizes are SVG attributes, which the style-src CSP allows. */
    static String chart(RouteTrend t) {
        int width = 480;
        int height = 120;
        List<YearMonth> months = new ArrayList<>(t.offers().keySet());
        long max = t.offers().values().stream().mapToLong(Long::longValue).max().orElse(1);
        int bar = Math.max(4, Math.min(60, (width - 10) / Math.max(1, months.size()) - 4));
        StringBuilder sb = new StringBuilder("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height + 20)
                .append("\" width=\"").append(width).append("\" height=\"").append(height + 20).append("\"><title>Offers per month on ")
                .append(Html.escape(t.route())).append("</title>");
        for (int i = 0; i < months.size(); i++) {
            long n = t.offers().get(months.get(i));
            int h = (int) Math.max(1, Math.round((double) n / max * height));
            int x = 5 + i * (bar + 4);
            sb.append("<rect class=\"bar\" x=\"").append(x).append("\" y=\"").append(height - h).append("\" width=\"").append(bar)
                    .append("\" height=\"").append(h).append("\"><title>").append(months.get(i)).append(": ").append(n).append(" offers</title></rect>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height + 14).append("\" class=\"label\">").append(months.get(i).getMonthValue())
                    .append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static String table(RouteTrend t) {
        StringBuilder sb = new StringBuilder("<table class=\"trend-table\"><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Offers</th>"
                + "<th scope=\"col\">Median price</th></tr></thead><tbody>");
        t.offers().forEach((m, n) -> {
            BigDecimal median = t.medians().get(m);
            sb.append("<tr><td>").append(m).append("</td><td>").append(n).append("</td><td>")
                    .append(median == null ? "—" : Html.escape(median.toPlainString() + " " + t.currency())).append("</td></tr>");
        });
        return sb.append("</tbody></table>").toString();
    }
}
