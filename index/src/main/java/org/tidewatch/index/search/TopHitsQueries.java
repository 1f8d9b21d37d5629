package org.tidewatch.index.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The form of a query used for a top-hits page by relevance: a conjunction whose parts are disjunctions (free-text
 * words, each with its stems, concept and place guesses) becomes a {@link WordGroupsQuery} (same matches, same
 * scores, pruned inside each word), with the conjunction's filters and exclusions kept beside it. Any other shape,
 * or one without a disjunction under the conjunction, is returned as it is: Lucene already prunes those. Words joined
 * by OR need nothing here: the query parser already gives them as one flat disjunction, which Lucene prunes clause by
 * clause.
 */
final class TopHitsQueries {
    private TopHitsQueries() {
    }

    /** The query to collect the best-scoring hits of {@code query} with. */
    static Query of(Query query) {
        Shape shape = new Shape();
        if (!shape.conjunction(query, 1f) || shape.groups.stream().allMatch(g -> g.size() < 2)) {
            return query;
        }
        Query groups = new WordGroupsQuery(shape.groups);
        if (shape.filters.isEmpty() && shape.exclusions.isEmpty()) {
            return groups;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(groups, Occur.MUST);
        shape.filters.forEach(f -> b.add(f, Occur.FILTER));
        shape.exclusions.forEach(x -> b.add(x, Occur.MUST_NOT));
        return b.build();
    }

    /** A conjunction taken apart: the scoring clauses of each required part, its filters and exclusions. */
    private static final class Shape {
        private final List<List<Query>> groups = new ArrayList<>();
        private final List<Query> filters = new ArrayList<>();
        private final List<Query> exclusions = new ArrayList<>();

        /** Whether {@code q} is a conjunction (possibly nested, boosted) of groups; false for any other shape. */
        boolean conjunction(Query q, float boost) {
            if (q instanceof BoostQuery b) {
                return conjunction(b.getQuery(), boost * b.getBoost());
            }
            if (!(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0) {
                return false;
            }
            boolean required = false;
            for (BooleanClause c : bq.clauses()) {
                if (c.occur() == Occur.SHOULD) {
                    return false; // optional scoring next to required clauses: left to Lucene
                }
                required |= c.occur() == Occur.MUST;
            }
            if (!required) {
                return false;
            }
            for (BooleanClause c : bq.clauses()) {
                switch (c.occur()) {
                    case MUST -> {
                        if (!conjunction(c.query(), boost)) {
                            List<Query> group = new ArrayList<>();
                            if (!disjunction(c.query(), boost, group)) {
                                return false;
                            }
                            groups.add(group);
                        }
                    }
                    case FILTER -> filters.add(c.query());
                    case MUST_NOT -> exclusions.add(c.query());
                    case SHOULD -> throw new IllegalStateException("checked above");
                }
            }
            return true;
        }

        /** Adds the scoring clauses of a disjunction (or of a single clause) to {@code group}; false for a nested conjunction. */
        private static boolean disjunction(Query q, float boost, List<Query> group) {
            if (q instanceof BoostQuery b) {
                return disjunction(b.getQuery(), boost * b.getBoost(), group);
            }
            if (q instanceof BooleanQuery bq) {
                if (bq.getMinimumNumberShouldMatch() > 1) {
                    return false;
                }
                for (BooleanClause c : bq.clauses()) {
                    if (c.occur() != Occur.SHOULD || !disjunction(c.query(), boost, group)) {
                        return false; // a conjunction under a disjunction scores its clauses only together
                    }
                }
                return true;
            }
            group.add(boost == 1f ? q : new BoostQuery(q, boost));
            return true;
        }
    }
}
