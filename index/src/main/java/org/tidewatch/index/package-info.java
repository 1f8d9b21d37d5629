/**
 * The Lucene index of enriched posts and its search API.
 *
 * <p>To use, open an index on a directory and upsert posts; they are searchable within a second:
 * <pre>{@code
 * try (LucenePostIndex index = LucenePostIndex.open(dataDir.resolve("index"), IndexSettings.defaults())) {
 *     index.upsert(enrichedPosts);                       // by stable id: never two copies
 *     SearchResult r = index.search(new SearchRequest("boat route:LY>IT after:2026-01-01", 20));
 *     SearchResult next = index.search(new SearchRequest("boat", 20).after(r.nextCursor()));
 * }
 * }</pre>
 * {@link org.tidewatch.index.SearchRequest} also takes the order (relevance, newest, oldest), duplicate
 * collapsing and highlighting; results carry total, hits (post, escaped snippet with {@code <mark>}, group size),
 * facets and the cursor of the next page. Bad queries throw {@link org.tidewatch.index.QuerySyntaxException}
 * (position and one-line message). Commits happen on a schedule and on close; after a crash, replay evidence
 * collected after {@link org.tidewatch.index.LucenePostIndex#committedThrough()}.
 */
package org.tidewatch.index;
