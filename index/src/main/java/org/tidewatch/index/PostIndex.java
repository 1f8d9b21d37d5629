package org.tidewatch.index;

import java.io.Closeable;
import java.util.List;
import org.tidewatch.core.EnrichedPost;

/**
 * The Lucene index of enriched posts. Updating a post by its stable id never leaves two copies.
 * Thread-safe.
 */
public interface PostIndex extends Closeable {
    /** Adds or replaces the posts (by id); they are searchable after the next refresh (within a second). */
    void upsert(List<EnrichedPost> posts);

    /** Runs a query in the Tidewatch query language. Throws {@link QuerySyntaxException} on a bad query. */
    SearchResult search(SearchRequest request);

    /** Removes the posts with these ids (ids not in the index are ignored); durable at the next commit. */
    void delete(List<String> ids);

    /** Makes everything upserted so far durable. */
    void commit();

    /** Makes everything upserted so far searchable now rather than at the next scheduled refresh. */
    void refresh();

    /** Number of posts in the index (after the last refresh). */
    long count();
}
