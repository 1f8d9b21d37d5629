package org.tidewatch.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.core.Alert;
import org.tidewatch.rules.alert.AlertQuery;
import org.tidewatch.rules.alert.AlertState;
import org.tidewatch.rules.alert.AlertStore;
import org.tidewatch.rules.alert.StoredAlert;

/**
 * {@code GET /alerts?state=new|acknowledged|dismissed|all}: the analyst's inbox, newest first, and
 * {@code POST /alerts/{id}/acknowledge|dismiss} (CSRF-checked forms) which change an alert's state and come back.
 */
final class AlertsPage {
    static final int LIMIT = 500;
    private static final List<String> FILTERS = List.of("new", "acknowledged", "dismissed", "all");

    private final AlertStore alerts;
    private final AuditLog audit;

    AlertsPage(AlertStore alerts, AuditLog audit) {
        this.alerts = alerts;
        this.audit = audit;
    }

    void handle(Context ctx) {
        String param = ctx.queryParam("state");
        String filter = param == null || param.isBlank() ? "new" : param;
        if (!FILTERS.contains(filter)) {
            Layout.error(ctx, 400, "Unknown filter", "state must be one of " + String.join(", ", FILTERS) + ", not '" + filter + "'");
            return;
        }
        Set<AlertState> states = filter.equals("all") ? Set.of() : Set.of(AlertState.valueOf(filter.toUpperCase(Locale.ROOT)));
        List<StoredAlert> list = alerts.list(new AlertQuery(null, Set.of(), states, LIMIT, true));
        audit.record(AccessControl.userName(ctx), AuditAction.VIEW, "alerts " + filter, list.size());
        StringBuilder sb = new StringBuilder("<h1>Alerts</h1><nav class=\"filters\" aria-label=\"Alert state\"><ul>");
        for (String f : FILTERS) {
            sb.append("<li><a href=\"/alerts?state=").append(f).append('"').append(f.equals(filter) ? " aria-current=\"page\"" : "")
                    .append('>').append(f).append("</a></li>");
        }
        sb.append("</ul></nav>");
        if (list.isEmpty()) {
            sb.append("<p>No ").append(filter.equals("all") ? "" : filter + " ").append("alerts.</p>");
        } else {
            sb.append("<p>").append(list.size()).append(list.size() == LIMIT ? "+" : "").append(list.size() == 1 ? " alert" : " alerts")
                    .append(", newest first.</p>");
            list.forEach(a -> sb.append(card(ctx, a, filter)));
        }
        Layout.send(ctx, 200, "Alerts", sb.toString());
    }

    void acknowledge(Context ctx) {
        changeState(ctx, AlertState.ACKNOWLEDGED);
    }

    void dismiss(Context ctx) {
        changeState(ctx, AlertState.DISMISSED);
    }

    private void changeState(Context ctx, AlertState state) {
        String id = ctx.pathParam("id");
        if (alerts.get(id).isEmpty()) {
            Layout.error(ctx, 404, "No such alert", "There is no alert " + id + ".");
            return;
        }
        String user = AccessControl.userName(ctx);
        alerts.setState(id, state, user);
        String verb = state == AlertState.ACKNOWLEDGED ? "acknowledge" : "dismiss";
        audit.record(user, AuditAction.ADMIN, verb + " alert " + id, null);
        String back = ctx.formParam("back");
        ctx.redirect("/alerts?state=" + (back != null && FILTERS.contains(back) ? back : "new") + "#alert-" + Links.param(id),
                HttpStatus.SEE_OTHER);
    }

    /** One alert: what fired, where, how strongly, why, its example posts, its state and the buttons to change it. */
    static String card(Context ctx, StoredAlert stored, String back) {
        Alert a = stored.alert();
        String state = stored.state().name().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("<article class=\"alert state-").append(state).append("\" id=\"alert-")
                .append(Html.escape(a.id())).append("\"><h2><span class=\"kind\">").append(Html.escape(a.kind()))
                .append("</span> ").append(Html.escape(subject(a))).append("</h2><p class=\"meta\">Fired ")
                .append(PostViews.time(a.firedAt())).append(" · count ").append(number(a.count())).append(" vs baseline ")
                .append(number(a.baseline())).append("</p><p class=\"explanation\" dir=\"auto\">").append(Html.escape(a.explanation()))
                .append("</p>");
        if (!a.examplePostIds().isEmpty()) {
            sb.append("<p class=\"examples\">Example posts: ");
            for (int i = 0; i < a.examplePostIds().size(); i++) {
                String id = a.examplePostIds().get(i);
                sb.append(i == 0 ? "" : ", ").append("<a href=\"").append(Html.escape(Links.post(id))).append("\">")
                        .append(Html.escape(id)).append("</a>");
            }
            sb.append("</p>");
        }
        sb.append("<p class=\"state\">").append(stored.state() == AlertState.NEW ? "New"
                : Html.escape(state + " by " + stored.stateBy()) + ", " + PostViews.time(stored.stateAt())).append("</p>");
        sb.append("<div class=\"actions\">");
        if (stored.state() != AlertState.ACKNOWLEDGED) {
            sb.append(button(ctx, a.id(), "acknowledge", "Acknowledge", back));
        }
        if (stored.state() != AlertState.DISMISSED) {
            sb.append(button(ctx, a.id(), "dismiss", "Dismiss", back));
        }
        return sb.append("</div></article>").toString();
    }

    private static String button(Context ctx, String id, String verb, String label, String back) {
        return "<form method=\"post\" action=\"/alerts/" + Html.escape(Links.param(id)) + "/" + verb + "\">" + Layout.csrfField(ctx)
                + "<input type=\"hidden\" name=\"back\" value=\"" + Html.escape(back) + "\"><button class=\"" + verb + "\">"
                + label + "</button></form>";
    }

    private static String subject(Alert a) {
        if (a.watchlist() != null) {
            return "watchlist " + a.watchlist();
        }
        return a.route() == null ? "" : a.route().countryKey() + " (" + a.route().placeKey() + ")";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
