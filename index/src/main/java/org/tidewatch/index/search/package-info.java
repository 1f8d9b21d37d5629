/**
 * Running a parsed query: page, facets, snippets.
 *
 * <p>To use, go through {@link org.tidewatch.index.LucenePostIndex#search}; {@link org.tidewatch.index.search.PostSearcher}
 * collects the sorted page (after a {@link org.tidewatch.index.search.Cursor}) and the facets in one pass
 * ({@link org.tidewatch.index.search.FacetCounts}: exact up to 5,000 hits, beyond that estimated from a doc sample and
 * flagged in {@code SearchResult.facetsApproximate()}), then loads and highlights the page's posts only. Collapsing
 * duplicates keeps exact facets over every hit.
 */
package org.tidewatch.index.search;
