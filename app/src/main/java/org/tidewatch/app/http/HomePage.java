package org.tidewatch.app.http;

import java.util.stream.Collectors;
import org.tidewatch.app.security.Html;
import org.tidewatch.app.security.Role;
import org.tidewatch.app.security.User;

/**
 * The signed-in landing page: who you are, the workbench pages your roles let you use, log-out. Server-rendered, no
 * script.
 */
final class HomePage {
    private HomePage() {
    }

    static String render(User user, String csrf) {
        String roles = user.roles().stream().map(Role::id).sorted().collect(Collectors.joining(", "));
        StringBuilder links = new StringBuilder();
        if (user.roles().contains(Role.INVESTIGATOR)) {
            links.append("<li><form method=\"get\" action=\"/search\"><label>Search <input name=\"q\" autofocus></label>")
                    .append(" <button>Search</button></form></li><li><a href=\"/cases\">Cases</a></li>");
        }
        if (user.roles().contains(Role.ANALYST)) {
            links.append("<li><a href=\"/alerts\">Alerts</a></li><li><a href=\"/watchlists\">Watchlists</a></li>")
                    .append("<li><a href=\"/trends\">Trends</a></li>");
        }
        if (user.roles().contains(Role.LIAISON)) {
            links.append("<li><a href=\"/reports\">Referral reports</a></li>");
        }
        if (user.roles().contains(Role.ADMIN)) {
            links.append("<li><a href=\"/sources\">Sources</a></li><li><a href=\"/api/audit\">Audit log (JSON)</a></li>");
        }
        if (links.isEmpty()) {
            links.append("<li>Your roles open no workbench page; posts you are sent a link to open at <code>/posts/…</code>.</li>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tidewatch</title>"
                + "<link rel=\"stylesheet\" href=\"/login.css\"></head><body><main class=\"card\">"
                + "<h1>Tidewatch</h1><p>Signed in as <strong>" + Html.escape(user.name()) + "</strong> (" + Html.escape(roles) + ").</p>"
                + "<nav aria-label=\"Workbench\"><ul>" + links + "</ul></nav>"
                + "<form method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(csrf) + "\">"
                + "<button>Log out</button></form></main></body></html>";
    }
}
