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
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets, String nextCursor) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Results without a next page. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this(total, hits, facets, null);
    }
}
