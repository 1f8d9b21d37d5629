package org.tidewatch.bench.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;

/**
 * A local server of synthetic Telegram channel previews: {@code /s/bench} gives the newest page and
 * {@code /s/bench?before=N} the page before message N, each about 30 KB, so a collector can walk the whole history.
 */
final class ChannelServer implements AutoCloseable {
    static final int PER_PAGE = 20;
    private final HttpServer server;
    private final byte[][] pages;

    /** Builds the pages (page 0 is the oldest) and starts serving them. */
    ChannelServer(int pageCount) throws IOException {
        pages = new byte[pageCount][];
        for (int i = 0; i < pageCount; i++) {
            pages[i] = page(i).getBytes(StandardCharsets.UTF_8);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The page bodies, as the server sends them. */
    byte[][] pages() {
        return pages;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery();
            if (!path.equals("/s/bench")) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            int index = pages.length - 1;
            if (query != null && query.startsWith("before=")) {
                int before = Integer.parseInt(query.substring("before=".length()));
                index = (before - 1) / PER_PAGE - 1;
            }
            if (index < 0) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = pages[index];
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Page i holds messages i*20+1 .. i*20+20, each with a realistic Telegram preview block. */
    private static String page(int i) {
        StringBuilder sb = new StringBuilder(32_000);
        sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bench Channel – Telegram</title>")
                .append("<link href=\"//telegram.org/css/widget-frame.css?71\" rel=\"stylesheet\"></head>")
                .append("<body class=\"widget_frame_base tgme_webpreview_body\"><div class=\"tgme_channel_info\">")
                .append("<div class=\"tgme_channel_info_header_title\"><span dir=\"auto\">Bench Channel</span></div>")
                .append("<div class=\"tgme_channel_info_header_username\"><a href=\"https://t.me/bench\">@bench</a></div></div>")
                .append("<main class=\"tgme_main\"><section class=\"tgme_channel_history js-message_history\">\n");
        Instant now = Instant.now();
        for (int k = 1; k <= PER_PAGE; k++) {
            int n = i * PER_PAGE + k;
            String when = now.minusSeconds(600L * (100_000 - n)).toString();
            sb.append("<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message ")
                    .append("text_not_supported_wrap js-widget_message\" data-post=\"bench/").append(n)
                    .append("\" data-view=\"eyJjIjotMTk4NzY1NDMyMSwicCI6").append(n)
                    .append("\" data-peer=\"c1987654321_-7712345066188123456\" data-peer-hash=\"e0f4b1c2a9d8e7f6\">")
                    .append("<div class=\"tgme_widget_message_user\"><a href=\"https://t.me/bench\"><i class=\"")
                    .append("tgme_widget_message_user_photo bgcolor6\" data-content=\"BC\"><img src=\"https://cdn4.")
                    .append("telesco.pe/file/avatar.jpg\"></i></a></div><div class=\"tgme_widget_message_bubble\">")
                    .append("<i class=\"tgme_widget_message_bubble_tail\"><svg class=\"bubble_icon\" width=\"9px\" ")
                    .append("height=\"20px\" viewBox=\"0 0 9 20\"><g fill=\"none\"><path class=\"background\" ")
                    .append("fill=\"#ffffff\" d=\"M8,1 L9,1 L9,20 L8,20 C8,13 6,9 1,1 Z\"></path></g></svg></i>")
                    .append("<div class=\"tgme_widget_message_author accent_color\"><a class=\"")
                    .append("tgme_widget_message_owner_name\" href=\"https://t.me/bench\"><span dir=\"auto\">Bench ")
                    .append("Channel</span></a></div><div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">")
                    .append("Departure number ").append(n).append(" from Zuwara to Lampedusa this week.<br/>")
                    .append("Price 3500 EUR per person, children half price, payment on arrival.<br/>")
                    .append("الرحلة القادمة يوم الخميس، السعر ٣٠٠٠ يورو، للتواصل واتساب فقط<br/>")
                    .append("Call +218 91 2345678 or write to the admin, places are limited.</div>")
                    .append("<div class=\"tgme_widget_message_footer compact js-message_footer\"><div class=\"")
                    .append("tgme_widget_message_info short js-message_info\"><span class=\"tgme_widget_message_views\">")
                    .append(1000 + n).append("</span><span class=\"tgme_widget_message_meta\"><a class=\"")
                    .append("tgme_widget_message_date\" href=\"https://t.me/bench/").append(n)
                    .append("\"><time datetime=\"").append(when).append("\" class=\"time\">12:00</time></a></span>")
                    .append("</div></div></div></div></div>\n");
        }
        sb.append("</section></main><script src=\"//telegram.org/js/widget-frame.js?66\"></script></body></html>\n");
        return sb.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
