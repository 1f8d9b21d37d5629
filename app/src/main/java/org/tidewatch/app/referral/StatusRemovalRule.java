package org.tidewatch.app.referral;

import java.util.Optional;
import org.tidewatch.crawler.fetch.FetchResult;

/** The generic rule: removed only when the server answers 404 Not Found or 410 Gone. */
public final class StatusRemovalRule implements RemovalRule {
    @Override
    public Optional<String> removal(FetchResult response) {
        int s = response.status();
        return s == 404 || s == 410 ? Optional.of("HTTP " + s) : Optional.empty();
    }
}
