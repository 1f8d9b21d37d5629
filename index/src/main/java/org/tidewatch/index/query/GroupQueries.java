package org.tidewatch.index.query;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.index.schema.Fields;

/**
 * The posts of a near-duplicate group: those that joined it ({@code dup_group:g}) and the post that started it, whose
 * id names the group and which has no group field while it stays in its own group ({@link Fields#DUP_GROUP}).
 */
public final class GroupQueries {
    private GroupQueries() {
    }

    /** Matches every post of the group. */
    public static Query members(String group) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.DUP_GROUP, group)), Occur.SHOULD)
                .add(founder(group), Occur.SHOULD)
                .build();
    }

    /**
     * Whether the post the group is named after is live and in it, read straight from the id's postings (a count query
     * would build weights and scorers over every segment for this one post).
     */
    public static boolean founderIn(IndexReader reader, String group) throws IOException {
        BytesRef id = new BytesRef(group);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(id)) {
                continue;
            }
            PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    SortedDocValues joined = leaf.reader().getSortedDocValues(Fields.DUP_GROUP);
                    return joined == null || !joined.advanceExact(doc);
                }
            }
        }
        return false;
    }

    /** The post whose id names the group, while it is in its own group. */
    private static Query founder(String group) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.ID, group)), Occur.FILTER)
                .add(new FieldExistsQuery(Fields.DUP_GROUP), Occur.MUST_NOT)
                .build();
    }
}
