package org.tidewatch.rules.watch;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;

/**
 * Watchlist queries as posts' match documents can run them. The index's parser makes date filters an
 * {@link IndexOrDocValuesQuery} (points or doc values, whichever is cheaper for a search); match documents have points
 * but no doc values, so a batch that chose the doc-values side failed with "unexpected docvalues type NONE". Here
 * such a query becomes its points query, which gives the same posts.
 */
public final class PointQueries {
    private PointQueries() {
    }

    /** The query with every index-or-doc-values query replaced by its index (points) query; others unchanged. */
    public static Query withoutDocValues(Query query) {
        return switch (query) {
            case IndexOrDocValuesQuery q -> withoutDocValues(q.getIndexQuery());
            case BoostQuery q -> rebuilt(q.getQuery(), inner -> new BoostQuery(inner, q.getBoost()), q);
            case ConstantScoreQuery q -> rebuilt(q.getQuery(), ConstantScoreQuery::new, q);
            case DisjunctionMaxQuery q -> {
                List<Query> disjuncts = q.getDisjuncts().stream().map(PointQueries::withoutDocValues).toList();
                yield disjuncts.equals(List.copyOf(q.getDisjuncts())) ? q
                        : new DisjunctionMaxQuery(disjuncts, q.getTieBreakerMultiplier());
            }
            case BooleanQuery q -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(q.getMinimumNumberShouldMatch());
                boolean changed = false;
                for (BooleanClause c : q.clauses()) {
                    Query inner = withoutDocValues(c.query());
                    changed |= inner != c.query();
                    b.add(inner, c.occur());
                }
                yield changed ? b.build() : q;
            }
            default -> query;
        };
    }

    private static Query rebuilt(Query inner, java.util.function.UnaryOperator<Query> wrap, Query original) {
        Query replaced = withoutDocValues(inner);
        return replaced == inner ? original : wrap.apply(replaced);
    }
}
