/**
 * Running a parsed query: page, facets, snippets.
 *
 * <p>To use, go through {@link org.tidewatch.index.LucenePostIndex#search}; {@link org.tidewatch.index.search.PostSearcher}
 * collects the sorted page in one pass (after a {@link org.tidewatch.index.search.Cursor}; it may skip
 * non-competitive hits past 1,000) and the facets in another ({@link org.tidewatch.index.search.FacetCounts}: exact up
 * to 5,000 hits, else estimated from a doc sample and flagged in {@code SearchResult.facetsApproximate()}), then loads
 * and highlights the page's posts only. Collapsing duplicates keeps one exact pass over every hit.
 */
package org.tidewatch.index.search;
