package org.tidewatch.app.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.tidewatch.core.DayOrInstant;

/** Reads the {@code since} bound of audit queries: a date (midnight UTC) or an ISO-8601 instant. */
final class AuditTimes {
    private AuditTimes() {
    }

    static Instant parseSince(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return DayOrInstant.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a date like 2026-11-01 or an instant like "
                    + "2026-11-01T08:00:00Z, not '" + text + "'");
        }
    }
}
