package org.tidewatch.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Reads a time bound given either as a day ({@code 2026-11-01}, midnight UTC) or as an ISO 8601 instant. */
public final class DayOrInstant {
    private DayOrInstant() {
    }

    /** The instant the text names; throws {@link java.time.format.DateTimeParseException} when it is neither form. */
    public static Instant parse(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }
}
