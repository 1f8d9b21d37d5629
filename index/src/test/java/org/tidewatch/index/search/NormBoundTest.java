package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class NormBoundTest {
    @Test
    void boundsTheBestPostAtItsOwnLengthWhereClauseMaximaComeFromDifferentPosts() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                // enough posts for real impacts: short posts hold each word once, long ones "boat" ten times, mid-length
                // ones "crossing" six times; no post holds both words often
                for (int k = 0; k < 300; k++) {
                    add(w, "boat crossing");
                    add(w, "boat ".repeat(10) + "crossing " + "filler ".repeat(34));
                    add(w, "crossing ".repeat(6) + "boat " + "filler ".repeat(12));
                    add(w, "filler text number " + k);
                }
                w.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query boat = new SynonymQuery.Builder("text").addTerm(new Term("text", "boat")).addTerm(new Term("text", "boats"), 0.9f).build();
                Query crossing = new BoostQuery(new TermQuery(new Term("text", "crossing")), 0.8f);
                Query both = new BooleanQuery.Builder().add(boat, Occur.MUST).add(crossing, Occur.MUST).build();
                float best = searcher.search(both, 1).scoreDocs[0].score;
                double sumOfClauseBounds = clauseBound(searcher, boat) + clauseBound(searcher, crossing);

                NormBound bound = new NormBound(reader.leaves().get(0),
                        List.of(NormBound.clause(searcher, boat, 1f), NormBound.clause(searcher, crossing, 1f)));
                // the first 100 posts (a window inside the first block of both terms' postings) repeat the pattern 25 times
                double max = bound.max(0, 100);

                assertThat(Bounds.upper(max)).as("never below the best post, without slack").isGreaterThanOrEqualTo(best);
                assertThat(max).as("tighter than adding each clause's own bound").isLessThan(sumOfClauseBounds);
            }
        }
    }

    /** Lucene's own bound on a clause over the first 100 posts. */
    private static double clauseBound(IndexSearcher searcher, Query q) throws IOException {
        org.apache.lucene.search.Scorer scorer = searcher.createWeight(searcher.rewrite(q),
                org.apache.lucene.search.ScoreMode.TOP_SCORES, 1f).scorer(searcher.getIndexReader().leaves().get(0));
        scorer.advanceShallow(0);
        return scorer.getMaxScore(100);
    }

    @Test
    void onlyTermAndSynonymQueriesOnAFieldWithStatisticsAreBounded() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                add(w, "boat");
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(NormBound.clause(searcher, new TermQuery(new Term("text", "boat")), 1f)).isNotNull();
                // a term clause's weight is built from the states the bound looked up, boosts kept
                Query boosted = new BoostQuery(new TermQuery(new Term("text", "boat")), 0.8f);
                Query sharing = NormBound.clause(searcher, boosted, 1f).sharingStates(boosted);
                assertThat(sharing).isInstanceOf(BoostQuery.class);
                assertThat(((BoostQuery) sharing).getBoost()).isEqualTo(0.8f);
                assertThat(((TermQuery) ((BoostQuery) sharing).getQuery()).getTermStates()).isNotNull();
                assertThat(searcher.search(sharing, 1).scoreDocs[0].score).isEqualTo(searcher.search(boosted, 1).scoreDocs[0].score);
                assertThat(NormBound.clause(searcher, new TermQuery(new Term("text", "absent")), 1f)).isNull();
                assertThat(NormBound.clause(searcher, new TermQuery(new Term("nofield", "boat")), 1f)).isNull();
                assertThat(NormBound.clause(searcher, new org.apache.lucene.search.PrefixQuery(new Term("text", "bo")), 1f)).isNull();
            }
        }
    }

    private static void add(IndexWriter w, String text) throws IOException {
        Document d = new Document();
        d.add(new TextField("text", text, Field.Store.NO));
        w.addDocument(d);
    }
}
