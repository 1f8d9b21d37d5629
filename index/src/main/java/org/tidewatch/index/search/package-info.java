/**
 * Running a parsed query: facets and total, page, snippets.
 *
 * <p>To use, go through {@link org.tidewatch.index.LucenePostIndex#search}; {@link org.tidewatch.index.search.PostSearcher}
 * first counts the facets and the total ({@link org.tidewatch.index.search.FacetCounts}: exact up to 2,000 hits, beyond
 * that estimated from a deterministic doc sample and flagged in {@code SearchResult.facetsApproximate()} and
 * {@code totalExact()}, unless the index can count the hits directly), then collects the sorted page after a
 * {@link org.tidewatch.index.search.Cursor} in a pass that may skip non-competitive hits, then loads and highlights the
 * page's posts only (in two halves at once on the search pool). A relevance page of a conjunction of words runs as a
 * {@link org.tidewatch.index.search.WordGroupsQuery} (chosen by {@link org.tidewatch.index.search.TopHitsQueries}): the
 * same matches and scores as the boolean query, but pruned clause by clause inside each word, which Lucene's
 * conjunction does not do for nested disjunctions. Collapsing duplicates keeps exact counts over every hit. The index is searched in parallel in
 * slices of equal size ({@link org.tidewatch.index.search.BalancedSearcher}, which splits big segments), so after a
 * bulk load one merged segment does not leave a core idle.
 */
package org.tidewatch.index.search;
