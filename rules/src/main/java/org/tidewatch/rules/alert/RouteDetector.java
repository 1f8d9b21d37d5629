package org.tidewatch.rules.alert;

import java.time.LocalDate;
import java.util.Optional;
import org.tidewatch.rules.stats.RouteHistory;

/**
 * Looks at one route's history and says whether something noteworthy happened on a day. The history holds the
 * day and enough days before it for the detector's windows; detectors never look past the day, so a replay sees
 * what a live run would have seen.
 */
@FunctionalInterface
public interface RouteDetector {
    /** The finding on {@code day}, or empty when the day is unremarkable. */
    Optional<Finding> detect(RouteHistory history, LocalDate day);
}
