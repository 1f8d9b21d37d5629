package org.tidewatch.app.web;

import java.util.regex.Pattern;

/** Builds query-language text for links: a facet value added to a query, a value quoted when it needs it. */
final class SearchQueries {
    private static final Pattern BARE = Pattern.compile("[\\p{L}\\p{N}_>?.+\\-]+");

    private SearchQueries() {
    }

    /** The value as a query-language value: bare when it is one word, else in double quotes. */
    static String quoted(String value) {
        if (BARE.matcher(value).matches()) {
            return value;
        }
        return "\"" + value.replace("\"", "") + "\"";
    }

    /** The query narrowed to posts whose facet has this value ({@code month} becomes an after/before range). */
    static String narrowed(String query, String facet, String value) {
        String term;
        if (facet.equals("month") && value.matches("\\d{4}-\\d{2}")) {
            java.time.YearMonth m = java.time.YearMonth.parse(value);
            term = "after:" + m.atDay(1) + " before:" + m.plusMonths(1).atDay(1);
        } else {
            term = facet + ":" + quoted(value);
        }
        String q = query == null ? "" : query.strip();
        return q.isEmpty() ? term : q + " " + term;
    }
}
