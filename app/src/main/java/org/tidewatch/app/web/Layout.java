package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.util.Set;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.app.security.Html;
import org.tidewatch.app.security.Role;
import org.tidewatch.app.security.User;

/** The frame of every workbench page: navigation for the user's roles, log-out, the page's own content. */
final class Layout {
    private Layout() {
    }

    /** Sends {@code body} inside the frame as an HTML page. */
    static void send(Context ctx, int status, String title, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(page(ctx, title, body));
    }

    /** An error page with the message, e.g. for a bad query or an unknown post. */
    static void error(Context ctx, int status, String title, String message) {
        send(ctx, status, title, "<h1>" + Html.escape(title) + "</h1><p class=\"error\" role=\"alert\">" + Html.escape(message) + "</p>");
    }

    static String page(Context ctx, String title, String body) {
        User user = AccessControl.user(ctx);
        String csrf = AccessControl.csrfToken(ctx).orElse("");
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · Tidewatch</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/workbench.css\"><script src=\"/assets/workbench.js\" defer></script>"
                + "</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">Tidewatch</a><nav aria-label=\"Main\"><ul>" + nav(user.roles(), ctx.path())
                + "</ul></nav><form class=\"logout\" method=\"post\" action=\"/logout\">"
                + "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(csrf) + "\">"
                + "<span class=\"who\">" + Html.escape(user.name()) + "</span> <button>Log out</button></form></header>"
                + "<main id=\"main\" tabindex=\"-1\">" + body + "</main></body></html>";
    }

    private static String nav(Set<Role> roles, String path) {
        StringBuilder sb = new StringBuilder();
        if (roles.contains(Role.INVESTIGATOR)) {
            item(sb, "/search", "Search", path);
            item(sb, "/cases", "Cases", path);
        }
        if (roles.contains(Role.ANALYST)) {
            item(sb, "/alerts", "Alerts", path);
            item(sb, "/watchlists", "Watchlists", path);
            item(sb, "/trends", "Trends", path);
        }
        if (roles.contains(Role.LIAISON)) {
            item(sb, "/reports", "Reports", path);
        }
        if (roles.contains(Role.ADMIN)) {
            item(sb, "/sources", "Sources", path);
        }
        return sb.toString();
    }

    private static void item(StringBuilder sb, String href, String label, String path) {
        boolean current = path.equals(href) || path.startsWith(href + "/");
        sb.append("<li><a href=\"").append(href).append('"').append(current ? " aria-current=\"page\"" : "").append('>')
                .append(label).append("</a></li>");
    }

    /** A hidden CSRF field for a form of this request's session. */
    static String csrfField(Context ctx) {
        return "<input type=\"hidden\" name=\"" + AccessControl.CSRF_FIELD + "\" value=\""
                + Html.escape(AccessControl.csrfToken(ctx).orElse("")) + "\">";
    }
}
