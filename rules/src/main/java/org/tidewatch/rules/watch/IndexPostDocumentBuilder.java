package org.tidewatch.rules.watch;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.schema.PostDocuments;

/**
 * The index's own document of a post ({@link PostDocuments}), so watchlists match the same fields with the same
 * analysis as search. Only what a query can test is kept (indexed terms and points): the stored JSON, doc values and
 * facets are dropped, since the monitor never reads them and building them for every post costs. The near-duplicate
 * group is the post id.
 */
public final class IndexPostDocumentBuilder implements PostDocumentBuilder {
    private final PostDocuments documents;

    public IndexPostDocumentBuilder(PostDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Document build(EnrichedPost post) {
        Document full = documents.build(post, null, post.post().id());
        Document doc = new Document();
        for (IndexableField field : full.getFields()) {
            if (field.fieldType().indexOptions() != IndexOptions.NONE || field.fieldType().pointDimensionCount() > 0) {
                doc.add(field);
            }
        }
        return doc;
    }
}
