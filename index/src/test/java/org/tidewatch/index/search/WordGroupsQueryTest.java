package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pruned form of a conjunction of word groups finds the same pages, with the same scores, as the nested boolean
 * query it replaces, on an index shaped like Tidewatch's: Zipf-distributed words, each stacked with a dense "concept"
 * token shared by several words, posts of very different lengths, a keyword filter.
 */
class WordGroupsQueryTest {
    private static final int DOCS = 30_000;
    private static final int WORDS = 60;

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static ExecutorService pool;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        SplittableRandom random = new SplittableRandom(7);
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int d = 0; d < DOCS; d++) {
                StringBuilder text = new StringBuilder();
                int length = 2 + random.nextInt(random.nextInt(4) == 0 ? 60 : 12);
                for (int k = 0; k < length; k++) {
                    double u = random.nextDouble();
                    int word = (int) (u * u * u * WORDS); // low numbers are common words
                    text.append(" w").append(word).append(" c").append(word % 5);
                    if (random.nextInt(20) == 0) {
                        text.append(" w").append(word); // repeated words: frequencies above one
                    }
                }
                Document doc = new Document();
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                doc.add(new StringField("kw", d % 3 == 0 ? "telegram" : "facebook", Field.Store.NO));
                w.addDocument(doc);
                if (d == DOCS / 2) {
                    w.commit(); // two segments
                }
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() throws IOException {
        pool.shutdownNow();
        reader.close();
        directory.close();
    }

    private static Query term(String t) {
        return new TermQuery(new Term("text", t));
    }

    /** A free-text word as the query parser builds it: its forms as a synonym, its concept boosted down, a place guess. */
    private static Query word(int w, int stem) {
        Query forms = new SynonymQuery.Builder("text").addTerm(new Term("text", "w" + w))
                .addTerm(new Term("text", "w" + stem), 0.9f).build();
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(forms, Occur.SHOULD)
                .add(new BoostQuery(term("c" + (w % 5)), 0.8f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term("kw", "place=w" + w)), 0.9f), Occur.SHOULD);
        return b.build();
    }

    private static List<Query> conjunctions() {
        Query filter = new TermQuery(new Term("kw", "telegram"));
        return List.of(
                new BooleanQuery.Builder().add(word(20, 21), Occur.MUST).add(word(30, 31), Occur.MUST).build(),
                new BooleanQuery.Builder().add(word(3, 4), Occur.MUST).add(word(40, 41), Occur.MUST).build(),
                new BooleanQuery.Builder().add(word(10, 11), Occur.MUST).add(word(25, 26), Occur.MUST)
                        .add(word(45, 46), Occur.MUST).build(),
                new BooleanQuery.Builder().add(word(20, 21), Occur.MUST).add(term("w35"), Occur.MUST)
                        .add(filter, Occur.FILTER).build(),
                new BooleanQuery.Builder().add(new BoostQuery(word(15, 16), 2f), Occur.MUST).add(word(33, 34), Occur.MUST)
                        .add(term("w2"), Occur.MUST_NOT).build(),
                // a single word with a filter, as every query is under the default offer filter
                new BooleanQuery.Builder().add(word(12, 13), Occur.MUST).add(filter, Occur.FILTER).build(),
                // a field filter scored as a constant next to a word
                new BooleanQuery.Builder().add(word(22, 23), Occur.MUST)
                        .add(new ConstantScoreQuery(filter), Occur.MUST).build(),
                // nested conjunction, as the default offer filter wraps a parsed conjunction
                new BooleanQuery.Builder().add(new BooleanQuery.Builder().add(word(5, 6), Occur.MUST)
                        .add(word(28, 29), Occur.MUST).build(), Occur.MUST).add(filter, Occur.FILTER).build());
    }

    @Test
    void conjunctionsOfWordsBecomeWordGroups() {
        for (Query q : conjunctions()) {
            Query top = TopHitsQueries.of(q);
            Query groups = top instanceof BooleanQuery bq ? bq.clauses().get(0).query() : top;
            assertThat(groups).as(q.toString()).isInstanceOf(WordGroupsQuery.class);
        }
    }

    @Test
    void otherShapesAreLeftAsTheyAre() {
        Query disjunctionOfConjunctions = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(term("w1"), Occur.MUST).add(term("w2"), Occur.MUST).build(), Occur.SHOULD)
                .add(term("w3"), Occur.SHOULD).build();
        Query conjunctionOfTerms = new BooleanQuery.Builder().add(term("w1"), Occur.MUST).add(term("w2"), Occur.MUST).build();
        Query optionalBesideRequired = new BooleanQuery.Builder().add(word(1, 2), Occur.MUST).add(term("w3"), Occur.SHOULD).build();
        Query wordUnderConjunctionUnderDisjunction = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(word(1, 2), Occur.MUST).add(term("w9"), Occur.MUST).build(), Occur.SHOULD)
                .add(term("w3"), Occur.SHOULD).build();
        // words joined by OR: the query parser gives them flat already (FlatDisjunctionTest), Lucene prunes those
        Query disjunctionOfWords = new BooleanQuery.Builder().add(word(20, 21), Occur.SHOULD).add(word(30, 31), Occur.SHOULD)
                .build();
        for (Query q : List.of(disjunctionOfConjunctions, conjunctionOfTerms, optionalBesideRequired, word(1, 2),
                wordUnderConjunctionUnderDisjunction, disjunctionOfWords)) {
            assertThat(TopHitsQueries.of(q)).as(q.toString()).isSameAs(q);
        }
    }

    @Test
    void findsTheSamePagesWithTheSameScores() throws IOException {
        for (Query q : conjunctions()) {
            Query top = TopHitsQueries.of(q);
            for (int k : new int[] {1, 10, 21, 200}) {
                assertSamePage(q, search(searcher, q, k, null), search(searcher, top, k, null));
            }
        }
    }

    @Test
    void prunedPagesAreExactlyTheUnprunedOnesTiesIncluded() throws IOException {
        int ties = 0;
        for (Query q : conjunctions()) {
            Query top = TopHitsQueries.of(q);
            // counting every hit makes the scorer score every match: the same sums, no pruning
            TopDocs all = s(top, 200, Integer.MAX_VALUE, null);
            for (int k : new int[] {1, 10, 21, 200}) {
                TopDocs pruned = s(top, k, k, null);
                assertThat(pruned.scoreDocs.length).as(q.toString()).isEqualTo(Math.min(k, all.scoreDocs.length));
                for (int r = 0; r < pruned.scoreDocs.length; r++) {
                    assertThat(pruned.scoreDocs[r].doc).as(q + " page of " + k + ", rank " + r).isEqualTo(all.scoreDocs[r].doc);
                    assertThat(pruned.scoreDocs[r].score).isEqualTo(all.scoreDocs[r].score);
                }
            }
            for (int r = 1; r < all.scoreDocs.length; r++) {
                ties += all.scoreDocs[r].score == all.scoreDocs[r - 1].score ? 1 : 0;
            }
            ScoreDoc after = null;
            for (int page = 0; page < 5; page++) {
                TopDocs td = s(top, 21, 21, after);
                for (int r = 0; r < td.scoreDocs.length; r++) {
                    assertThat(td.scoreDocs[r].doc).as(q + " page " + page + ", rank " + r).isEqualTo(all.scoreDocs[page * 21 + r].doc);
                }
                after = td.scoreDocs[td.scoreDocs.length - 1];
            }
        }
        assertThat(ties).as("hits tying at equal scores, which only doc order may break").isGreaterThan(100);
    }

    private static TopDocs s(Query q, int k, int threshold, ScoreDoc after) throws IOException {
        return searcher.search(q, new TopScoreDocCollectorManager(k, after, threshold));
    }

    @Test
    void pagesAfterACursorContinueTheSameOrder() throws IOException {
        for (Query q : conjunctions()) {
            Query top = TopHitsQueries.of(q);
            TopDocs all = search(searcher, q, 105, null);
            List<ScoreDoc> paged = new ArrayList<>();
            ScoreDoc after = null;
            for (int page = 0; page < 5; page++) {
                TopDocs td = search(searcher, top, 21, after);
                if (td.scoreDocs.length == 0) {
                    break;
                }
                paged.addAll(List.of(td.scoreDocs));
                after = td.scoreDocs[td.scoreDocs.length - 1];
            }
            assertSamePage(q, all, new TopDocs(all.totalHits, paged.toArray(ScoreDoc[]::new)));
        }
    }

    @Test
    void slicesOfSplitSegmentsFindTheSamePages() throws IOException {
        IndexSearcher sliced = new BalancedSearcher(reader, pool, 3, 1_000);
        for (Query q : conjunctions()) {
            assertSamePage(q, search(searcher, q, 21, null), search(sliced, TopHitsQueries.of(q), 21, null));
        }
    }

    @Test
    void matchesExactlyTheDocsOfTheNestedQuery() throws IOException {
        for (Query q : conjunctions()) {
            assertThat(searcher.count(TopHitsQueries.of(q))).as(q.toString()).isEqualTo(searcher.count(q));
        }
    }

    @Test
    void explainsTheScoreItGives() throws IOException {
        Query q = conjunctions().get(0);
        Query top = TopHitsQueries.of(q);
        TopDocs td = search(searcher, top, 5, null);
        assertThat(td.scoreDocs).isNotEmpty();
        for (ScoreDoc sd : td.scoreDocs) {
            assertThat(searcher.explain(top, sd.doc).getValue().floatValue()).isCloseTo(sd.score, within(1e-5f));
        }
        int missing = firstDocWithout("w20", "w21", "c0");
        assertThat(searcher.explain(top, missing).isMatch()).isFalse();
    }

    private static int firstDocWithout(String... terms) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String t : terms) {
            any.add(term(t), Occur.SHOULD);
        }
        Query none = new BooleanQuery.Builder().add(new org.apache.lucene.search.MatchAllDocsQuery(), Occur.MUST)
                .add(any.build(), Occur.MUST_NOT).build();
        return searcher.search(none, 1).scoreDocs[0].doc;
    }

    private static TopDocs search(IndexSearcher s, Query q, int k, ScoreDoc after) throws IOException {
        // as PostSearcher collects a page: count only up to the page, so the scorer may skip
        return s.search(q, new TopScoreDocCollectorManager(k, after, k));
    }

    /** Same docs at every rank; scores equal up to float rounding (a doc may move only among near-equal scores). */
    private static void assertSamePage(Query q, TopDocs expected, TopDocs actual) {
        assertThat(actual.scoreDocs.length).as(q.toString()).isEqualTo(expected.scoreDocs.length);
        assertThat(expected.scoreDocs.length).as("the query must match something: " + q).isPositive();
        for (int r = 0; r < expected.scoreDocs.length; r++) {
            ScoreDoc e = expected.scoreDocs[r];
            ScoreDoc a = actual.scoreDocs[r];
            assertThat(a.score).as(q + " rank " + r).isCloseTo(e.score, within(1e-5f * Math.max(1f, e.score)));
            if (a.doc != e.doc) {
                assertThat(Math.abs(a.score - e.score)).as(q + " rank " + r + ": another doc with a different score")
                        .isLessThanOrEqualTo(1e-5f * Math.max(1f, e.score));
            }
        }
    }
}
