package org.tidewatch.index.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Alternatives as one disjunction: an alternative that is itself a plain disjunction (a BooleanQuery of only SHOULD
 * clauses, minimumShouldMatch 0) is spliced into it, clause by clause, at any depth.
 *
 * <p>Why: Lucene prunes the clauses of one disjunction by their best scores (a word's concept, on half the index and
 * worth little, is skipped once the page is full), but treats a nested disjunction as one clause. The matches are the
 * same (a document matches when any leaf does), and so are the scores: a disjunction's score is the plain sum of its
 * matching clauses' scores (BooleanQuery has no coord factor since Lucene 7, and BM25 scores each leaf on its own
 * statistics), so the nested sum {@code a + (b + c)} and the flat {@code a + b + c} add the same leaf scores, equal up
 * to float rounding of the order of addition. Anything else (a conjunction, a negation, a boosted or
 * minimumShouldMatch disjunction) stays one clause.
 */
final class FlatDisjunction {
    private FlatDisjunction() {
    }

    /**
     * One disjunction of {@code alternatives}, the plain disjunctions among them spliced in; when splicing would pass
     * {@link IndexSearcher#getMaxClauseCount()}, the alternatives as they are (the same limit then applies to them as
     * it always did).
     */
    static BooleanQuery of(List<Query> alternatives) {
        List<Query> leaves = new ArrayList<>();
        alternatives.forEach(q -> splice(q, leaves));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        (leaves.size() <= IndexSearcher.getMaxClauseCount() ? leaves : alternatives).forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    private static void splice(Query q, List<Query> leaves) {
        if (isPlain(q)) {
            ((BooleanQuery) q).clauses().forEach(c -> splice(c.query(), leaves));
        } else {
            leaves.add(q);
        }
    }

    /** Whether {@code q} is a BooleanQuery of only SHOULD clauses with minimumShouldMatch 0. */
    static boolean isPlain(Query q) {
        return q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
    }
}
