package org.tidewatch.crawler.collect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads the dates that pages and feeds write: ISO 8601 with or without offset, RFC 1123, or a configured pattern. */
public final class Dates {
    private Dates() {
    }

    /** ISO 8601 or RFC 1123 (UTC when no offset); null when absent or unreadable. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notRfc) {
                try {
                    return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    return null;
                }
            }
        }
    }

    /**
     * A date written in a {@link DateTimeFormatter} pattern (UTC when it has no zone; midnight when it has no time).
     *
     * @throws DateTimeParseException when the value does not match
     */
    public static Instant parse(String value, String pattern) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        var parsed = f.parseBest(value.strip(), ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
        if (parsed instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (parsed instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return ((LocalDate) parsed).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
