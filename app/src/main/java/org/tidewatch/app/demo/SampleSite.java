package org.tidewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local HTTP server with the bundled sample sources of the demo: a Telegram-style channel preview, a
 * classified-ads listing (two pages), a forum RSS feed and a Mastodon-style tag timeline. Dates in the pages are
 * relative to now, so the posts always fall inside the collectors' history window.
 */
public final class SampleSite implements AutoCloseable {
    private static final String ROOT = "/org/tidewatch/app/demo/site/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(base|iso|rfc822|dmy)(?::(\\d+):(\\d\\d):(\\d\\d))?}}");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "rss", "application/rss+xml; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "png", "image/png",
            "txt", "text/plain; charset=utf-8");
    private static final List<String> EXTENSIONS = List.of("html", "json", "rss");

    private final HttpServer server;
    private final Clock clock;

    private SampleSite(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    /** Starts on a free port of the loopback interface. */
    public static SampleSite start(Clock clock) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        SampleSite site = new SampleSite(server, clock);
        server.createContext("/", site::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "sample-site");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return site;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery();
            if (path.equals("/robots.txt")) {
                send(ex, 200, "txt", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.startsWith("/media/") && path.endsWith(".png")) {
                send(ex, 200, "png", read("media/boat.png"));
                return;
            }
            Resolved r = resolve(path, query);
            if (r == null) {
                send(ex, 404, "txt", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String body = fill(new String(read(r.name()), StandardCharsets.UTF_8));
            send(ex, 200, r.ext(), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Resolved(String name, String ext) {
    }

    /** The resource for a path: a variant for the query first ({@code name__query.ext}), then the plain page. */
    private Resolved resolve(String path, String query) {
        if (path.contains("..")) {
            return null;
        }
        String base = path.substring(1);
        int dot = base.lastIndexOf('.');
        if (dot > base.lastIndexOf('/')) {
            String ext = base.substring(dot + 1);
            return exists(base) && TYPES.containsKey(ext) ? new Resolved(base, ext) : null;
        }
        for (String ext : EXTENSIONS) {
            if (query != null && exists(base + "__" + query + "." + ext)) {
                return new Resolved(base + "__" + query + "." + ext, ext);
            }
            if (exists(base + "." + ext)) {
                return new Resolved(base + "." + ext, ext);
            }
        }
        return null;
    }

    private static boolean exists(String name) {
        return SampleSite.class.getResource(ROOT + name) != null;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = SampleSite.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IOException("missing sample resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Replaces {{base}} and {{iso|rfc822|dmy:DAYS_AGO:HH:MM}} placeholders. */
    String fill(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value;
            if (m.group(1).equals("base")) {
                value = baseUrl();
            } else {
                ZonedDateTime t = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(Long.parseLong(m.group(2)))
                        .with(LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                value = switch (m.group(1)) {
                    case "iso" -> t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                    case "rfc822" -> t.format(DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
                    default -> t.format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT));
                };
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void send(HttpExchange ex, int status, String ext, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
