package org.tidewatch.index;

/**
 * A search in the Tidewatch query language.
 *
 * @param query              the query text (empty: everything)
 * @param limit              how many hits to return, 1..1000
 * @param order              relevance (default), newest first or oldest first
 * @param cursor             {@link SearchResult#nextCursor()} of the previous page, or null for the first page
 * @param collapseDuplicates show one hit (the best) per near-duplicate group
 * @param highlight          whether to compute highlighted snippets
 */
public record SearchRequest(String query, int limit, SortOrder order, String cursor, boolean collapseDuplicates,
                            boolean highlight) {
    /** How hits are ordered (ties by post id). */
    public enum SortOrder { RELEVANCE, NEWEST, OLDEST }

    public SearchRequest {
        query = query == null ? "" : query;
        order = order == null ? SortOrder.RELEVANCE : order;
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
    }

    /** First page, by relevance, with highlighting, duplicates not collapsed. */
    public SearchRequest(String query, int limit) {
        this(query, limit, SortOrder.RELEVANCE, null, false, true);
    }

    /** The same request ordered differently (first page). */
    public SearchRequest withOrder(SortOrder newOrder) {
        return new SearchRequest(query, limit, newOrder, null, collapseDuplicates, highlight);
    }

    /** The same request for the page after the given cursor. */
    public SearchRequest after(String nextCursor) {
        return new SearchRequest(query, limit, order, nextCursor, collapseDuplicates, highlight);
    }

    /** The same request showing one hit per near-duplicate group. */
    public SearchRequest collapsed() {
        return new SearchRequest(query, limit, order, cursor, true, highlight);
    }

    /** The same request without snippets (faster). */
    public SearchRequest withoutHighlight() {
        return new SearchRequest(query, limit, order, cursor, collapseDuplicates, false);
    }
}
