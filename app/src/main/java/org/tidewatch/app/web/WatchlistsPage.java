package org.tidewatch.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.app.security.Role;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.rules.alert.AlertKind;
import org.tidewatch.rules.alert.AlertQuery;
import org.tidewatch.rules.alert.AlertStore;
import org.tidewatch.rules.alert.StoredAlert;
import org.tidewatch.rules.watch.Watchlist;
import org.tidewatch.rules.watch.WatchlistService;

/**
 * {@code GET /watchlists}: the saved queries with their matches (WATCHLIST alerts), a search link for users who may
 * search, and an add form;
 * {@code POST /watchlists} (form: name, query, targets one per line) and {@code POST /watchlists/{name}/delete}.
 */
final class WatchlistsPage {
    private static final int MATCHES_SHOWN = 10;

    private final WatchlistService watchlists;
    private final AlertStore alerts;
    private final AuditLog audit;

    WatchlistsPage(WatchlistService watchlists, AlertStore alerts, AuditLog audit) {
        this.watchlists = watchlists;
        this.alerts = alerts;
        this.audit = audit;
    }

    void list(Context ctx) {
        render(ctx, 200, null, "", "", "");
    }

    void add(Context ctx) {
        String name = trimmed(ctx.formParam("name"));
        String query = trimmed(ctx.formParam("query"));
        String targetText = trimmed(ctx.formParam("targets"));
        List<String> targets = Arrays.stream(targetText.split("[\\r\\n,]+")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        String user = AccessControl.userName(ctx);
        try {
            if (name.isEmpty() || query.isEmpty()) {
                throw new IllegalArgumentException("a watchlist needs a name and a query");
            }
            if (watchlists.get(name).isPresent()) {
                throw new IllegalArgumentException("there is already a watchlist named '" + name + "'");
            }
            watchlists.add(user, name, query, targets);
        } catch (QuerySyntaxException e) {
            render(ctx, 400, "Bad query: " + e.getMessage(), name, query, targetText);
            return;
        } catch (IllegalArgumentException e) {
            render(ctx, 400, e.getMessage(), name, query, targetText);
            return;
        }
        audit.record(user, AuditAction.ADMIN, "watchlist add " + name + ": " + query, null);
        ctx.redirect("/watchlists#" + anchor(name), HttpStatus.SEE_OTHER);
    }

    void delete(Context ctx) {
        String name = ctx.pathParam("name");
        if (!watchlists.delete(name)) {
            Layout.error(ctx, 404, "No such watchlist", "There is no watchlist named '" + name + "'.");
            return;
        }
        audit.record(AccessControl.userName(ctx), AuditAction.ADMIN, "watchlist delete " + name, null);
        ctx.redirect("/watchlists", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, int status, String error, String name, String query, String targets) {
        List<Watchlist> all = watchlists.list();
        Map<String, List<StoredAlert>> matches = alerts.list(new AlertQuery(null, Set.of(AlertKind.WATCHLIST), Set.of(),
                        AlertsPage.LIMIT, true)).stream().filter(a -> a.alert().watchlist() != null)
                .collect(Collectors.groupingBy(a -> a.alert().watchlist()));
        StringBuilder sb = new StringBuilder("<h1>Watchlists</h1><form class=\"watchlist-add\" method=\"post\" action=\"/watchlists\">")
                .append(Layout.csrfField(ctx)).append("<h2>Add a watchlist</h2>");
        if (error != null) {
            sb.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>");
        }
        sb.append("<p><label for=\"wl-name\">Name</label> <input id=\"wl-name\" name=\"name\" required maxlength=\"200\" value=\"")
                .append(Html.escape(name)).append("\"></p><p><label for=\"wl-query\">Query</label> <input id=\"wl-query\" name=\"query\" required size=\"50\" value=\"")
                .append(Html.escape(query)).append("\"> <small>the search query language, e.g. <code>phone:\"+218 91 2345678\"</code></small></p>")
                .append("<p><label for=\"wl-targets\">Delivery targets (optional, one per line)</label><br><textarea id=\"wl-targets\" name=\"targets\" rows=\"2\" cols=\"50\" placeholder=\"webhook:https://… or email:someone@example.org\">")
                .append(Html.escape(targets)).append("</textarea></p><p><button>Add watchlist</button></p></form>");
        if (all.isEmpty()) {
            sb.append("<p>No watchlists yet.</p>");
        }
        for (Watchlist w : all) {
            sb.append(section(ctx, w, matches.getOrDefault(w.name(), List.of())));
        }
        Layout.send(ctx, status, "Watchlists", sb.toString());
    }

    private static String section(Context ctx, Watchlist w, List<StoredAlert> found) {
        StringBuilder sb = new StringBuilder("<section class=\"watchlist\" id=\"").append(anchor(w.name())).append("\"><h2>")
                .append(Html.escape(w.name())).append("</h2><p><code dir=\"auto\">").append(Html.escape(w.query()))
                .append("</code>").append(AccessControl.user(ctx).roles().contains(Role.INVESTIGATOR)
                        ? " · <a href=\"" + Html.escape(Links.search(w.query())) + "\">search it</a>" : "")
                .append("</p><p class=\"meta\">Added by ")
                .append(Html.escape(w.owner())).append(", ").append(PostViews.time(w.createdAt()))
                .append(w.targets().isEmpty() ? "; in-app only" : "; delivered to " + Html.escape(String.join(", ", w.targets())))
                .append("</p><form method=\"post\" action=\"/watchlists/").append(Html.escape(Links.param(w.name())))
                .append("/delete\">").append(Layout.csrfField(ctx)).append("<button class=\"delete\">Delete ")
                .append(Html.escape(w.name())).append("</button></form><h3>Matches (").append(found.size()).append(")</h3>");
        if (found.isEmpty()) {
            sb.append("<p>No new post has matched it yet.</p>");
        }
        found.stream().limit(MATCHES_SHOWN).forEach(a -> sb.append(AlertsPage.card(ctx, a, "all")));
        if (found.size() > MATCHES_SHOWN) {
            sb.append("<p><a href=\"/alerts?state=all\">").append(found.size() - MATCHES_SHOWN).append(" more in the alerts inbox</a></p>");
        }
        return sb.append("</section>").toString();
    }

    private static String anchor(String name) {
        return "wl-" + Links.param(name.toLowerCase(Locale.ROOT));
    }

    private static String trimmed(String v) {
        return v == null ? "" : v.strip();
    }
}
