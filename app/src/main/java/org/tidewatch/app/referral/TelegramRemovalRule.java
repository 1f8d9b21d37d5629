package org.tidewatch.app.referral;

import java.util.List;
import java.util.Optional;
import org.tidewatch.crawler.fetch.FetchResult;

/**
 * Telegram answers a deleted {@code t.me/<channel>/<id>} post with 200. Removed when the page says so ("Post not
 * found", the widget's error block), or when a message preview page ({@code ?embed=1} or {@code t.me/s/…}) shows no
 * message at all. The absence test is kept to preview pages: the plain post page renders without the widget markup
 * even while the post is online.
 */
public final class TelegramRemovalRule implements RemovalRule {
    private static final MarkerRemovalRule MARKERS = new MarkerRemovalRule(List.of("post not found",
            "tgme_widget_message_error", "channel with this username was not found"));

    @Override
    public Optional<String> removal(FetchResult response) {
        Optional<String> marked = MARKERS.removal(response);
        if (marked.isPresent() || !response.ok()) {
            return marked;
        }
        if (isPreview(response.finalUrl()) && !response.text().contains("tgme_widget_message")) {
            return Optional.of("soft 404: HTTP " + response.status() + " preview page shows no message");
        }
        return Optional.empty();
    }

    private static boolean isPreview(String url) {
        return url.contains("embed=1") || url.contains("/s/");
    }
}
