package org.tidewatch.index;

import java.util.List;
import java.util.Map;

/**
 * Search results.
 *
 * @param total  total number of matching posts
 * @param hits   the requested page of hits
 * @param facets facet name (platform, lang, route, …) to value to count
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
