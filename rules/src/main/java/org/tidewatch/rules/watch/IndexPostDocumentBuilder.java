package org.tidewatch.rules.watch;

import org.apache.lucene.document.Document;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.schema.Fields;
import org.tidewatch.index.schema.PostDocuments;

/**
 * The index's own document of a post ({@link PostDocuments}), so watchlists match the same fields with the same
 * analysis as search. The stored JSON is dropped (the monitor never reads it); the near-duplicate group is the post id.
 */
public final class IndexPostDocumentBuilder implements PostDocumentBuilder {
    private final PostDocuments documents;

    public IndexPostDocumentBuilder(PostDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Document build(EnrichedPost post) {
        Document doc = documents.build(post, null, post.post().id());
        doc.removeFields(Fields.JSON);
        return doc;
    }
}
