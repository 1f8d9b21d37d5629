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
    private final MarkerRemovalRule markers;

    /** @param markers the texts of Telegram's page for a removed post (see {@link RemovalMarkers}) */
    public TelegramRemovalRule(List<String> markers) {
        this.markers = new MarkerRemovalRule(markers);
    }

    @Override
    public Optional<String> removal(FetchResult response) {
        Optional<String> marked = markers.removal(response);
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
