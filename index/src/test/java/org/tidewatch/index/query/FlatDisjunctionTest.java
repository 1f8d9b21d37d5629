package org.tidewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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
 * Alternatives spliced into one disjunction: which shapes are spliced, and that the flat form finds the same pages,
 * with the same scores, and the same counts as the nested one, on an index of Zipf-distributed words each stacked
 * with a dense concept token, in posts of very different lengths.
 */
class FlatDisjunctionTest {
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        SplittableRandom random = new SplittableRandom(11);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int d = 0; d < 8_000; d++) {
                int words = random.nextInt(8) == 0 ? 40 + random.nextInt(40) : 2 + random.nextInt(10);
                String text = IntStream.range(0, words).map(k -> (int) (Math.pow(random.nextDouble(), 3) * 40))
                        .mapToObj(w -> "w" + w + " c" + w % 4 + (w % 7 == 0 ? " w" + w : ""))
                        .collect(Collectors.joining(" "));
                writer.addDocument(List.of(new TextField("text", text, Field.Store.NO)));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        Directory directory = reader.directory();
        reader.close();
        directory.close();
    }

    private static Query term(String t) {
        return new TermQuery(new Term("text", t));
    }

    private static Query any(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) {
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    /** A word as the free-text query builds it: its forms as one synonym query and its concept, weighing less. */
    private static Query word(int w) {
        Query forms = new SynonymQuery.Builder("text").addTerm(new Term("text", "w" + w))
                .addTerm(new Term("text", "w" + (w + 1)), 0.9f).build();
        return any(forms, new BoostQuery(term("c" + w % 4), 0.8f));
    }

    private static List<Query> clauses(Query q) {
        return ((BooleanQuery) q).clauses().stream().map(BooleanClause::query).toList();
    }

    @Test
    void splicesPlainDisjunctionsAtAnyDepthInOrder() {
        Query flat = FlatDisjunction.of(List.of(word(3), any(term("w9"), any(term("w10"), term("w11"))), term("w12")));

        assertThat(((BooleanQuery) flat).clauses()).allMatch(c -> c.occur() == Occur.SHOULD);
        assertThat(clauses(flat)).containsExactly(clauses(word(3)).get(0), clauses(word(3)).get(1),
                term("w9"), term("w10"), term("w11"), term("w12"));
        assertThat(((BooleanQuery) flat).getMinimumNumberShouldMatch()).isZero();
    }

    @Test
    void keepsEveryOtherShapeAsOneClause() {
        Query conjunction = new BooleanQuery.Builder().add(term("w1"), Occur.MUST).add(term("w2"), Occur.MUST).build();
        Query negation = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(word(4), Occur.MUST_NOT).build();
        Query boosted = new BoostQuery(word(5), 2f);
        Query twoOf = new BooleanQuery.Builder().add(term("w1"), Occur.SHOULD).add(term("w2"), Occur.SHOULD)
                .add(term("w3"), Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
        Query optionalBesideRequired = new BooleanQuery.Builder().add(term("w1"), Occur.MUST)
                .add(term("w2"), Occur.SHOULD).build();

        Query flat = FlatDisjunction.of(List.of(conjunction, negation, boosted, twoOf, optionalBesideRequired));

        assertThat(clauses(flat)).containsExactly(conjunction, negation, boosted, twoOf, optionalBesideRequired);
    }

    @Test
    void keepsTheAlternativesAsTheyAreWhenSplicingWouldPassTheClauseLimit() {
        int half = IndexSearcher.getMaxClauseCount() / 2 + 1;
        Query left = any(IntStream.range(0, half).mapToObj(k -> term("l" + k)).toArray(Query[]::new));
        Query right = any(IntStream.range(0, half).mapToObj(k -> term("r" + k)).toArray(Query[]::new));

        assertThat(clauses(FlatDisjunction.of(List.of(left, right)))).containsExactly(left, right);
    }

    @Test
    void findsTheSamePagesWithTheSameScoresAndCountsAsTheNestedForm() throws IOException {
        List<List<Query>> alternatives = List.of(
                List.of(word(20), word(30), word(2)),
                List.of(word(1), term("w33")),
                List.of(word(0), any(word(15), word(25)), new BooleanQuery.Builder()
                        .add(term("w5"), Occur.MUST).add(term("w6"), Occur.MUST).build()));
        for (List<Query> alts : alternatives) {
            Query nested = any(alts.toArray(Query[]::new));
            Query flat = FlatDisjunction.of(alts);
            assertThat(clauses(flat)).noneMatch(FlatDisjunctionTest::isPlainDisjunction);
            for (int k : new int[] {1, 21, 200}) {
                assertSamePage(nested, page(nested, k), page(flat, k));
            }
            assertThat(searcher.count(flat)).as(nested.toString()).isEqualTo(searcher.count(nested));
        }
    }

    private static boolean isPlainDisjunction(Query q) {
        return q instanceof BooleanQuery bq && bq.clauses().stream().allMatch(c -> c.occur() == Occur.SHOULD);
    }

    /** A page as the search collects it: counting only up to the page, so the scorer may skip. */
    private static TopDocs page(Query q, int k) throws IOException {
        return searcher.search(q, new TopScoreDocCollectorManager(k, null, k));
    }

    /** The same docs at every rank, scores equal up to float rounding (docs may swap only among near-equal scores). */
    private static void assertSamePage(Query q, TopDocs expected, TopDocs actual) {
        assertThat(expected.scoreDocs).as("the query must match something: " + q).isNotEmpty();
        assertThat(actual.scoreDocs).as(q.toString()).hasSameSizeAs(expected.scoreDocs);
        for (int r = 0; r < expected.scoreDocs.length; r++) {
            ScoreDoc e = expected.scoreDocs[r];
            ScoreDoc a = actual.scoreDocs[r];
            float tolerance = 1e-5f * Math.max(1f, e.score);
            assertThat(a.score).as(q + " rank " + r).isCloseTo(e.score, within(tolerance));
            if (a.doc != e.doc) {
                assertThat(Math.abs(a.score - e.score)).as(q + " rank " + r + ": another doc").isLessThanOrEqualTo(tolerance);
            }
        }
    }
}
