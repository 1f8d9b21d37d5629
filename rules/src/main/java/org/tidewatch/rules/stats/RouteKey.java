package org.tidewatch.rules.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidewatch.core.Route;

/**
 * A route as the statistics count it: by country pair ({@code LY>IT}) or by place pair ({@code Zuwara>Lampedusa}).
 *
 * @param level       COUNTRY or PLACE
 * @param from        departure place (the country's English name at country level)
 * @param fromCountry departure ISO 3166 code (null at place level when unknown)
 * @param to          destination place (the country's English name at country level)
 * @param toCountry   destination ISO 3166 code (null at place level when unknown)
 */
public record RouteKey(Level level, String from, String fromCountry, String to, String toCountry) {
    /** How coarse a route is. */
    public enum Level { COUNTRY, PLACE }

    public RouteKey {
        if (level == null) {
            throw new IllegalArgumentException("level must not be null");
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a counted route needs both ends: " + from + ">" + to);
        }
        if (level == Level.COUNTRY && (fromCountry == null || toCountry == null)) {
            throw new IllegalArgumentException("a country route needs both country codes: " + fromCountry + ">" + toCountry);
        }
    }

    /** {@code LY>IT} or {@code Zuwara>Lampedusa}. */
    public String key() {
        return level == Level.COUNTRY ? fromCountry + ">" + toCountry : from + ">" + to;
    }

    /** The core record for alerts. */
    public Route toRoute() {
        return new Route(from, fromCountry, to, toCountry);
    }

    /** The country-level route containing this one, or null when a country is unknown. */
    public RouteKey countryRoute() {
        return fromCountry == null || toCountry == null ? null : country(fromCountry, toCountry);
    }

    /** {@code "LY>IT (Libya to Italy)"} or {@code "Zuwara>Lampedusa"}, for explanations. */
    public String display() {
        return level == Level.COUNTRY ? from + " to " + to + " (" + key() + ")" : from + " to " + to;
    }

    /** The country-level key for two ISO codes. */
    public static RouteKey country(String fromCountry, String toCountry) {
        return new RouteKey(Level.COUNTRY, countryName(fromCountry), fromCountry, countryName(toCountry), toCountry);
    }

    /**
     * The keys a route found in a post is counted under: its country pair when both codes are known, and its place
     * pair when both places are known and are not just the country names.
     */
    public static List<RouteKey> of(Route route) {
        List<RouteKey> keys = new ArrayList<>(2);
        if (route.fromCountry() != null && route.toCountry() != null) {
            keys.add(country(route.fromCountry(), route.toCountry()));
        }
        boolean placesKnown = route.from() != null && !route.from().isBlank() && route.to() != null && !route.to().isBlank();
        boolean onlyCountries = route.fromCountry() != null && route.toCountry() != null
                && route.from() != null && route.from().equals(countryName(route.fromCountry()))
                && route.to() != null && route.to().equals(countryName(route.toCountry()));
        if (placesKnown && !onlyCountries) {
            keys.add(new RouteKey(Level.PLACE, route.from(), route.fromCountry(), route.to(), route.toCountry()));
        }
        return keys;
    }

    /** English name of an ISO 3166-1 alpha-2 country. */
    public static String countryName(String code) {
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name == null || name.isBlank() ? code : name;
    }
}
