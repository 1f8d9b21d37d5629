package org.tidewatch.rules.watch;

import org.apache.lucene.document.Document;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.schema.PostDocuments;

/**
 * The index's own document of a post ({@link PostDocuments}), so watchlists match the same fields with the same
 * analysis as search. Only what a query can test is built (indexed terms and points): the stored JSON, doc values and
 * facets are never made, since the monitor does not read them and building them for every post costs. The
 * near-duplicate group is the post id.
 */
public final class IndexPostDocumentBuilder implements PostDocumentBuilder {
    private final PostDocuments documents;

    public IndexPostDocumentBuilder(PostDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Document build(EnrichedPost post) {
        return documents.searchable(post);
    }
}
