package org.tidewatch.app.referral;

import java.util.Optional;
import org.tidewatch.crawler.fetch.FetchResult;

/**
 * Decides from a re-check's response whether referred content was taken down: by status (404, 410) and, per
 * platform, from a 200 page that no longer shows it (a "soft 404"). Chosen by platform with {@link #forPlatform}.
 */
public interface RemovalRule {
    /** Why the response shows the content removed ("HTTP 404", "soft 404: …"), or empty when it does not. */
    Optional<String> removal(FetchResult response);

    /** The rule for a platform with the default markers ({@link RemovalMarkers#rule}). */
    static RemovalRule forPlatform(String platform) {
        return RemovalMarkers.DEFAULTS.rule(platform);
    }
}
