package org.tidewatch.rules.watch;

import org.apache.lucene.document.Document;
import org.tidewatch.core.EnrichedPost;

/** Builds the Lucene document a post is matched as, with the fields {@link WatchQueryParser} queries. */
@FunctionalInterface
public interface PostDocumentBuilder {
    /** The document of one post; never fails on a valid post. */
    Document build(EnrichedPost post);
}
