package org.tidewatch.nlp.route;

import java.util.regex.Pattern;

/**
 * A place the gazetteer knows.
 *
 * @param name    English name as routes report it (ASCII, e.g. "Zuwara", "United Kingdom", "Europe")
 * @param country ISO 3166-1 alpha-2 code, or null for a region spanning countries (Europe)
 * @param country whether the place is a whole country
 */
public record Place(String name, String country, boolean isCountry) {
    private static final Pattern ISO = Pattern.compile("[A-Z]{2}");

    public Place {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place name must not be blank");
        }
        if (country != null && !ISO.matcher(country).matches()) {
            throw new IllegalArgumentException("country of " + name + " must be an ISO 3166-1 alpha-2 code: " + country);
        }
    }
}
