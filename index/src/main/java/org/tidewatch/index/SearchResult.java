package org.tidewatch.index;

import java.util.List;
import java.util.Map;

/**
 * Search results.
 *
 * @param total      total number of matching posts (of groups, when duplicates are collapsed)
 * @param hits       the requested page of hits
 * @param facets     facet name (platform, lang, route, from, to, category, month) to value to count
 * @param nextCursor pass to {@link SearchRequest#after(String)} for the next page; null when this is the last page
 * @param totalExact whether {@code total} is exact; when false it is estimated from a sample of the index (show it
 *                   as "about total"), which happens only above several thousand hits
 * @param facetsApproximate whether the facet counts are estimated from a sample (huge result sets)
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String nextCursor,
                           boolean totalExact, boolean facetsApproximate) {
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total);
        }
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Results with an exact total and exact facet counts. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String nextCursor) {
        this(total, hits, facets, nextCursor, true, false);
    }

    /** Results without a next page. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, hits, facets, null, true, false);
    }
}
