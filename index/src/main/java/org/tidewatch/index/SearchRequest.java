package org.tidewatch.index;

/**
 * A search in the Tidewatch query language.
 *
 * @param query the query text (empty: everything)
 * @param limit how many hits to return, 1..1000
 */
public record SearchRequest(String query, int limit) {
    public SearchRequest {
        query = query == null ? "" : query;
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
    }
}
