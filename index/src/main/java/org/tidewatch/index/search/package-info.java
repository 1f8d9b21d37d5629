/**
 * Running a parsed query: page, facets, snippets.
 *
 * <p>To use, go through {@link org.tidewatch.index.LucenePostIndex#search}; {@link org.tidewatch.index.search.PostSearcher}
 * does one collection pass for the sorted page (after a {@link org.tidewatch.index.search.Cursor}, or one hit per
 * duplicate group) and the facet counts ({@link org.tidewatch.index.search.FacetCollectorManager}), then loads and highlights the page.
 */
package org.tidewatch.index.search;
