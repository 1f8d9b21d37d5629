package org.tidewatch.app.referral;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidewatch.crawler.fetch.FetchResult;

/**
 * 404/410, or a 2xx page carrying one of the platform's "this content isn't available" markers (matched without
 * regard to case). Platforms answer removed posts with 200 and such a page, so status alone would count them online.
 * The markers per platform are {@link RemovalMarkers} (configurable).
 */
public final class MarkerRemovalRule implements RemovalRule {
    private final List<String> markers;

    /** @param markers texts that appear on the platform's page for removed content, never on a live post */
    public MarkerRemovalRule(List<String> markers) {
        if (markers.isEmpty() || markers.stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new IllegalArgumentException("removal markers must be non-blank, not " + markers);
        }
        this.markers = markers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public Optional<String> removal(FetchResult response) {
        Optional<String> byStatus = new StatusRemovalRule().removal(response);
        if (byStatus.isPresent() || !response.ok()) {
            return byStatus;
        }
        String page = response.text().toLowerCase(Locale.ROOT);
        return markers.stream().filter(page::contains).findFirst()
                .map(m -> "soft 404: HTTP " + response.status() + " page says \"" + m + "\"");
    }
}
