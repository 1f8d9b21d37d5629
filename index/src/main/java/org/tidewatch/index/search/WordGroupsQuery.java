package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Posts matching at least one clause of every group, scored by the sum of the clauses they match: what a conjunction
 * of free-text words is ({@code traversée bateau}: each word's terms, stems, concept and place guesses form a group),
 * with the same matches and scores as the nested boolean query, but scored by {@link WordGroupsScorer}, which skips
 * the posts that cannot enter a top-hits page clause by clause inside each group. Lucene's conjunction only prunes
 * whole words, so a word's concept, held by half the index and worth little, was scored on every post holding it.
 */
final class WordGroupsQuery extends Query {
    private final List<List<Query>> groups;

    /** @param groups the scoring clauses of each group (boosts as {@link org.apache.lucene.search.BoostQuery}) */
    WordGroupsQuery(List<List<Query>> groups) {
        if (groups.isEmpty() || groups.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every group needs a clause, and there must be a group: " + groups);
        }
        this.groups = groups.stream().map(List::copyOf).toList();
    }

    List<List<Query>> groups() {
        return groups;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        List<List<Query>> rewritten = new ArrayList<>(groups.size());
        boolean changed = false;
        for (List<Query> group : groups) {
            List<Query> out = new ArrayList<>(group.size());
            for (Query clause : group) {
                Query r = clause.rewrite(searcher);
                changed |= r != clause;
                out.add(r);
            }
            rewritten.add(out);
        }
        return changed ? new WordGroupsQuery(rewritten) : this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        List<List<Weight>> weights = new ArrayList<>(groups.size());
        List<List<NormBound.Clause>> bounds = new ArrayList<>(groups.size());
        String field = null;
        for (List<Query> group : groups) {
            List<Weight> w = new ArrayList<>(group.size());
            List<NormBound.Clause> b = new ArrayList<>(group.size());
            for (Query clause : group) {
                NormBound.Clause c = scoreMode == ScoreMode.TOP_SCORES ? NormBound.clause(searcher, clause, boost) : null;
                w.add(searcher.createWeight(c == null ? clause : c.sharingStates(clause), scoreMode, boost));
                if (c != null && field == null) {
                    field = c.field();
                }
                // one field only: its posts have one length for all its clauses
                b.add(c != null && c.field().equals(field) ? c : null);
            }
            weights.add(w);
            bounds.add(b);
        }
        return new GroupsWeight(this, weights, bounds, scoreMode);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        for (List<Query> group : groups) {
            QueryVisitor required = visitor.getSubVisitor(Occur.MUST, this);
            QueryVisitor optional = group.size() == 1 ? required : required.getSubVisitor(Occur.SHOULD, this);
            group.forEach(clause -> clause.visit(optional));
        }
    }

    @Override
    public String toString(String field) {
        StringBuilder sb = new StringBuilder("groups(");
        for (List<Query> group : groups) {
            sb.append(sb.length() > 7 ? " +(" : "+(");
            for (int k = 0; k < group.size(); k++) {
                sb.append(k > 0 ? " " : "").append(group.get(k).toString(field));
            }
            sb.append(')');
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && groups.equals(((WordGroupsQuery) other).groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), groups);
    }

    /** The weights of every clause, per group. */
    private static final class GroupsWeight extends Weight {
        private final List<List<Weight>> weights;
        /** Per clause, how it enters the length-exact bound ({@link NormBound}), or null when it does not. */
        private final List<List<NormBound.Clause>> bounds;
        private final ScoreMode scoreMode;

        GroupsWeight(Query query, List<List<Weight>> weights, List<List<NormBound.Clause>> bounds, ScoreMode scoreMode) {
            super(query);
            this.weights = weights;
            this.bounds = bounds;
            this.scoreMode = scoreMode;
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            List<Explanation> matched = new ArrayList<>();
            double sum = 0;
            for (int g = 0; g < weights.size(); g++) {
                boolean any = false;
                for (Weight w : weights.get(g)) {
                    Explanation e = w.explain(context, doc);
                    if (e.isMatch()) {
                        matched.add(e);
                        sum += e.getValue().floatValue();
                        any = true;
                    }
                }
                if (!any) {
                    return Explanation.noMatch("no clause of group " + (g + 1) + " matches");
                }
            }
            return Explanation.match((float) sum, "sum of:", matched);
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
            List<List<ScorerSupplier>> suppliers = new ArrayList<>(weights.size());
            List<NormBound.Clause> boundClauses = new ArrayList<>();
            List<boolean[]> inBound = new ArrayList<>(weights.size());
            long cost = Long.MAX_VALUE;
            for (int g = 0; g < weights.size(); g++) {
                List<Weight> group = weights.get(g);
                List<ScorerSupplier> present = new ArrayList<>(group.size());
                List<Boolean> bounded = new ArrayList<>(group.size());
                long groupCost = 0;
                for (int k = 0; k < group.size(); k++) {
                    ScorerSupplier s = group.get(k).scorerSupplier(context);
                    if (s != null) {
                        present.add(s);
                        groupCost += s.cost();
                        NormBound.Clause c = bounds.get(g).get(k);
                        bounded.add(c != null);
                        if (c != null) {
                            boundClauses.add(c);
                        }
                    }
                }
                if (present.isEmpty()) {
                    return null; // a word absent from this segment: the conjunction matches nothing here
                }
                suppliers.add(present);
                boolean[] flags = new boolean[bounded.size()];
                for (int k = 0; k < flags.length; k++) {
                    flags[k] = bounded.get(k);
                }
                inBound.add(flags);
                cost = Math.min(cost, groupCost);
            }
            NormBound normBound = boundClauses.size() < 2 ? null : new NormBound(context, boundClauses);
            final long totalCost = cost;
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    Scorer[][] scorers = new Scorer[suppliers.size()][];
                    for (int g = 0; g < scorers.length; g++) {
                        List<ScorerSupplier> group = suppliers.get(g);
                        scorers[g] = new Scorer[group.size()];
                        for (int k = 0; k < group.size(); k++) {
                            scorers[g][k] = group.get(k).get(Math.min(leadCost, totalCost));
                        }
                    }
                    return new WordGroupsScorer(scorers, scoreMode == ScoreMode.TOP_SCORES, totalCost, normBound,
                            inBound.toArray(boolean[][]::new));
                }

                @Override
                public long cost() {
                    return totalCost;
                }
            };
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false; // scored pages only; the filters of a query are cached on their own
        }
    }
}
