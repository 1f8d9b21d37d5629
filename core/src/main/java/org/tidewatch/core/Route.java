package org.tidewatch.core;

import java.util.regex.Pattern;

/**
 * A journey a post offers or describes, end to end. English place names; ISO 3166-1 alpha-2 codes.
 * An end may be null (unknown), but not both.
 *
 * @param from        departure place (English exonym, or the country's English name), null when not stated
 * @param fromCountry ISO 3166-1 alpha-2 code of the departure, null when not stated or a multi-country region
 * @param to          destination place, null when not stated
 * @param toCountry   ISO 3166-1 alpha-2 code of the destination
 */
public record Route(String from, String fromCountry, String to, String toCountry) {
    private static final Pattern ISO_3166 = Pattern.compile("[A-Z]{2}");

    public Route {
        if (from == null && to == null) {
            throw new IllegalArgumentException("a route needs at least one end");
        }
        checkCode(fromCountry, "fromCountry");
        checkCode(toCountry, "toCountry");
    }

    private static void checkCode(String code, String name) {
        if (code != null && !ISO_3166.matcher(code).matches()) {
            throw new IllegalArgumentException(name + " must be an ISO 3166-1 alpha-2 code: " + code);
        }
    }

    /** {@code LY>IT} style key by country, with {@code ?} for an unknown end. */
    public String countryKey() {
        return (fromCountry == null ? "?" : fromCountry) + ">" + (toCountry == null ? "?" : toCountry);
    }

    /** {@code Zuwara>Lampedusa} style key by place, with {@code ?} for an unknown end. */
    public String placeKey() {
        return (from == null ? "?" : from) + ">" + (to == null ? "?" : to);
    }
}
