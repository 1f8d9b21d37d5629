package org.tidewatch.app.runtime;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.tidewatch.app.retention.PostRetentionTarget;
import org.tidewatch.index.LucenePostIndex;
import org.tidewatch.index.schema.Fields;

/**
 * Retention over the index: finds offers and non-offers older than their cut-offs (by the time posts are sorted
 * by: published, or collected when unknown) and deletes them. The evidence store is append-only and is not purged
 * here: it is the court record, governed by its own retention rules.
 */
public final class IndexRetentionTarget implements PostRetentionTarget {
    private static final int PAGE = 10_000;

    private final LucenePostIndex index;

    public IndexRetentionTarget(LucenePostIndex index) {
        this.index = index;
    }

    @Override
    public List<String> expiredPostIds(Instant offerCutoff, Instant nonOfferCutoff) {
        List<String> ids = new ArrayList<>();
        ids.addAll(olderThan(true, offerCutoff));
        ids.addAll(olderThan(false, nonOfferCutoff));
        return ids;
    }

    private List<String> olderThan(boolean offer, Instant cutoff) {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.IS_OFFER, Boolean.toString(offer))), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(Fields.TIME, Long.MIN_VALUE, cutoff.toEpochMilli() - 1), BooleanClause.Occur.FILTER)
                .build();
        return index.withSearcher(s -> collectIds(s, q));
    }

    private static List<String> collectIds(IndexSearcher s, Query q) throws IOException {
        List<String> out = new ArrayList<>();
        StoredFields stored = s.storedFields();
        ScoreDoc after = null;
        while (true) {
            TopDocs page = after == null ? s.search(q, PAGE) : s.searchAfter(after, q, PAGE);
            for (ScoreDoc d : page.scoreDocs) {
                out.add(stored.document(d.doc).get(Fields.ID));
            }
            if (page.scoreDocs.length < PAGE) {
                return out;
            }
            after = page.scoreDocs[page.scoreDocs.length - 1];
        }
    }

    @Override
    public void delete(List<String> ids) {
        index.delete(ids);
        index.commit();
        index.refresh();
    }
}
