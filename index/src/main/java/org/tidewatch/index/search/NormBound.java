package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Impact;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * A bound on the summed score of several term clauses of one text field over a window of docs that is exact per
 * document length: every clause's best frequency is taken among the docs no longer than a given length, and the clauses
 * are summed at that same length. Lucene's per-clause maxima may each come from a different post (the one short post
 * with the word, the longer one with it twice), so their sum overshoots; posts are one length for all their clauses.
 *
 * <p>Clauses are term or synonym queries (optionally boosted), scored as Lucene's own weights score them: the same
 * statistics and similarity. A synonym's per-term weights cannot be read back, so each of its terms counts fully (at
 * most 1 in Lucene): the bound stays above the score.
 */
final class NormBound {
    /**
     * One clause: its terms, their per-segment states (looked up once, for the bound and for the clause's own weight),
     * and how its frequency turns into a score.
     */
    record Clause(String field, List<Term> terms, List<TermStates> states, Similarity.SimScorer scorer) {
        /**
         * The clause query to build Lucene's weight from: a term query given the states looked up here, so its weight
         * does not look the term up in every segment again (a synonym query cannot be given them).
         */
        Query sharingStates(Query query) {
            if (query instanceof BoostQuery bq) {
                Query inner = sharingStates(bq.getQuery());
                return inner == bq.getQuery() ? query : new BoostQuery(inner, bq.getBoost());
            }
            if (query instanceof TermQuery tq && terms.size() == 1 && tq.getTerm().equals(terms.get(0))) {
                return new TermQuery(tq.getTerm(), states.get(0));
            }
            return query;
        }
    }

    /** The clause of a query when it is a term or synonym query (optionally boosted) on a field with statistics, else null. */
    static Clause clause(IndexSearcher searcher, Query query, float boost) throws IOException {
        Query q = query;
        float b = boost;
        while (q instanceof BoostQuery bq) {
            b *= bq.getBoost();
            q = bq.getQuery();
        }
        List<Term> terms;
        if (q instanceof TermQuery tq) {
            terms = List.of(tq.getTerm());
        } else if (q instanceof SynonymQuery sq && !sq.getTerms().isEmpty()) {
            terms = sq.getTerms();
        } else {
            return null;
        }
        String field = terms.get(0).field();
        CollectionStatistics collection = searcher.collectionStatistics(field);
        if (collection == null) {
            return null;
        }
        // as TermWeight and SynonymWeight compute them: a synonym scores as one term with the largest doc frequency
        // and the summed total frequency of its terms
        long docFreq = 0;
        long totalTermFreq = 0;
        List<TermStates> termStates = new ArrayList<>(terms.size());
        for (Term t : terms) {
            TermStates states = TermStates.build(searcher, t, true);
            termStates.add(states);
            if (states.docFreq() > 0) {
                TermStatistics stats = searcher.termStatistics(t, states.docFreq(), states.totalTermFreq());
                docFreq = Math.max(docFreq, stats.docFreq());
                totalTermFreq += stats.totalTermFreq();
            }
        }
        if (docFreq == 0) {
            return null;
        }
        TermStatistics stats = q instanceof TermQuery
                ? new TermStatistics(terms.get(0).bytes(), docFreq, totalTermFreq)
                : new TermStatistics(new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq);
        return new Clause(field, terms, termStates, searcher.getSimilarity().scorer(b, collection, stats));
    }

    private final List<Similarity.SimScorer> scorers = new ArrayList<>();
    /** Per clause, the impacts of each of its terms present in the segment. */
    private final List<List<ImpactsEnum>> impacts = new ArrayList<>();
    private final List<Impact>[][] levels;
    private final long[] norms;
    private final float[] freqs;
    private final double[] sums;

    /** The bound over the clauses' terms present in one segment. */
    @SuppressWarnings("unchecked")
    NormBound(LeafReaderContext context, List<Clause> clauses) throws IOException {
        int most = 0;
        for (Clause c : clauses) {
            Terms terms = context.reader().terms(c.field());
            List<ImpactsEnum> present = new ArrayList<>();
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (int t = 0; t < c.terms().size(); t++) {
                    // positioned from the state looked up with the clause, not by a second walk of the terms index
                    IOSupplier<TermState> state = c.states().get(t).get(context);
                    TermState st = state == null ? null : state.get();
                    if (st != null) {
                        te.seekExact(c.terms().get(t).bytes(), st);
                        present.add(te.impacts(PostingsEnum.FREQS));
                    }
                }
            }
            scorers.add(c.scorer());
            impacts.add(present);
            most = Math.max(most, present.size());
        }
        this.levels = new List[clauses.size()][most];
        this.norms = new long[256 * Math.max(1, clauses.size() * most)];
        this.freqs = new float[norms.length];
        this.sums = new double[norms.length];
    }

    /**
     * The most the clauses together can score on a doc in {@code [from, upTo]}, or +∞ when a term's impacts do not
     * cover that window: the exact sum of the clause scores' float bounds (see {@link Bounds}).
     */
    double max(int from, int upTo) throws IOException {
        int normCount = 0;
        for (int c = 0; c < impacts.size(); c++) {
            List<ImpactsEnum> terms = impacts.get(c);
            for (int t = 0; t < terms.size(); t++) {
                ImpactsEnum e = terms.get(t);
                levels[c][t] = null;
                if (e.docID() > upTo) {
                    continue; // no doc of this term in the window
                }
                e.advanceShallow(Math.max(from, e.docID()));
                Impacts im = e.getImpacts();
                int level = 0;
                while (level < im.numLevels() && im.getDocIdUpTo(level) < upTo) {
                    level++;
                }
                if (level == im.numLevels()) {
                    return Double.POSITIVE_INFINITY;
                }
                List<Impact> list = im.getImpacts(level);
                levels[c][t] = list;
                for (Impact i : list) {
                    if (normCount == norms.length) {
                        return Double.POSITIVE_INFINITY; // more distinct lengths than room: no bound
                    }
                    norms[normCount++] = i.norm;
                }
            }
        }
        // distinct lengths, shortest first (norms compare unsigned); every clause's best frequency at or below each
        // length found by one sweep over its impacts, which Lucene keeps sorted by frequency and length alike
        for (int n = 0; n < normCount; n++) {
            norms[n] ^= Long.MIN_VALUE;
        }
        java.util.Arrays.sort(norms, 0, normCount);
        int distinct = 0;
        for (int n = 0; n < normCount; n++) {
            if (distinct == 0 || norms[n] != norms[distinct - 1]) {
                norms[distinct++] = norms[n];
            }
        }
        for (int n = 0; n < distinct; n++) {
            norms[n] ^= Long.MIN_VALUE;
        }
        java.util.Arrays.fill(sums, 0, distinct, 0d);
        for (int c = 0; c < impacts.size(); c++) {
            java.util.Arrays.fill(freqs, 0, distinct, 0f);
            for (int t = 0; t < impacts.get(c).size(); t++) {
                List<Impact> list = levels[c][t];
                if (list == null) {
                    continue;
                }
                int p = 0;
                int freq = 0;
                for (int n = 0; n < distinct; n++) {
                    while (p < list.size() && Long.compareUnsigned(list.get(p).norm, norms[n]) <= 0) {
                        freq = Math.max(freq, list.get(p).freq);
                        p++;
                    }
                    freqs[n] += freq;
                }
            }
            Similarity.SimScorer scorer = scorers.get(c);
            for (int n = 0; n < distinct; n++) {
                if (freqs[n] > 0) {
                    sums[n] += scorer.score(freqs[n], norms[n]);
                }
            }
        }
        double best = 0;
        for (int n = 0; n < distinct; n++) {
            best = Math.max(best, sums[n]);
        }
        return best;
    }
}
