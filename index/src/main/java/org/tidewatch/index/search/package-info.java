/**
 * Running a parsed query: facets and total, page, snippets.
 *
 * <p>To use, go through {@link org.tidewatch.index.LucenePostIndex#search}; {@link org.tidewatch.index.search.PostSearcher}
 * counts the facets and the total on one thread ({@link org.tidewatch.index.search.FacetCounts}: exact up to 2,000 hits,
 * beyond that estimated from a deterministic sample of doc runs and flagged in {@code SearchResult.facetsApproximate()}
 * and {@code totalExact()}, unless the index can count the hits directly) while the sorted page after a
 * {@link org.tidewatch.index.search.Cursor} is collected beside it in a pass that may skip non-competitive hits; then it
 * loads and highlights the page's posts only (in two halves at once on the search pool) and counts their duplicate
 * groups ({@link org.tidewatch.index.search.GroupSizes}). A relevance page of a conjunction of words runs as a
 * {@link org.tidewatch.index.search.WordGroupsQuery} (chosen by {@link org.tidewatch.index.search.TopHitsQueries}): the
 * same matches and scores as the boolean query, but pruned clause by clause inside each word, which Lucene's
 * conjunction does not do for nested disjunctions; its bounds are compared with the page's minimum as scores are
 * computed ({@link org.tidewatch.index.search.Bounds}), so posts that can only tie the page's last hit are skipped.
 * Collapsing duplicates keeps exact counts over every hit. The index is searched in parallel in
 * slices of equal size ({@link org.tidewatch.index.search.BalancedSearcher}, which splits big segments), so after a
 * bulk load one merged segment does not leave a core idle.
 */
package org.tidewatch.index.search;
