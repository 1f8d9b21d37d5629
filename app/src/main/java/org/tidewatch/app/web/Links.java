package org.tidewatch.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses of the workbench pages, percent-encoded (post and author ids keep their {@code :} and {@code /}). */
final class Links {
    private Links() {
    }

    static String search(String query) {
        return "/search?q=" + param(query);
    }

    static String post(String id) {
        return "/posts/" + path(id);
    }

    static String phone(String e164) {
        return "/phones/" + path(e164);
    }

    static String author(String id) {
        return "/authors/" + path(id);
    }

    static String handle(String handle) {
        return "/handles/" + path(handle);
    }

    static String param(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Encodes a value for a path whose route parameter may span slashes ({@code <id>}). */
    private static String path(String value) {
        return param(value).replace("%2F", "/").replace("%3A", ":").replace("%40", "@");
    }
}
