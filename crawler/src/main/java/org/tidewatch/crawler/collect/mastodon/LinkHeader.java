package org.tidewatch.crawler.collect.mastodon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an RFC 8288 {@code Link} header into rel to URL ({@code <https://…?max_id=1>; rel="next"}). */
final class LinkHeader {
    private static final Pattern LINK = Pattern.compile("<([^>]+)>\\s*;[^,]*?rel=\"?([a-zA-Z]+)\"?");

    private LinkHeader() {
    }

    static Map<String, String> parse(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            out.putIfAbsent(m.group(2), m.group(1));
        }
        return out;
    }
}
