package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.index.schema.Fields;

class FacetCountsTest {
    private static final int DOCS = 4_000;

    private Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /** Every doc has a platform facet: a quarter "x", the rest "telegram"; every tenth doc is tagged "rare". */
    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int k = 0; k < DOCS; k++) {
                Document d = new Document();
                d.add(new StringField("tag", k % 10 == 0 ? "rare" : "common", Field.Store.NO));
                String platform = k % 4 == 0 ? "x" : "telegram";
                d.add(new SortedSetDocValuesField(Fields.FACETS_FIELD,
                        new BytesRef("platform" + Fields.FACET_SEP + platform)));
                w.addDocument(d);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void countsExactlyWhenHitsFitTheLimit() throws IOException {
        FacetCounts c = FacetCounts.count(searcher, new TermQuery(new Term("tag", "rare")), 400);

        assertThat(c.approximate()).isFalse();
        assertThat(c.hits()).isEqualTo(400);
        assertThat(c.facets().get("platform")).isEqualTo(Map.of("x", 200L, "telegram", 200L));
    }

    @Test
    void estimatesFromASampleAndSaysSoWhenHitsExceedTheLimit() throws IOException {
        FacetCounts c = FacetCounts.count(searcher, new MatchAllDocsQuery(), 400);

        assertThat(c.approximate()).isTrue();
        assertThat(c.hits()).as("the total estimated from the sample (4,000 posts match)").isBetween(3_400L, 4_600L);
        Map<String, Long> platform = c.facets().get("platform");
        assertThat(platform.get("telegram")).isBetween(2_400L, 3_600L);
        assertThat(platform.get("x")).isBetween(700L, 1_300L);
        assertThat(platform.keySet()).containsExactly("telegram", "x");
    }

    @Test
    void sampleIsTheSameOnEveryRun() throws IOException {
        FacetCounts first = FacetCounts.count(searcher, new MatchAllDocsQuery(), 300);
        FacetCounts second = FacetCounts.count(searcher, new MatchAllDocsQuery(), 300);

        assertThat(second.facets()).isEqualTo(first.facets());
    }

    @Test
    void sampleQueryMatchesAboutOneDocInStride() throws IOException {
        int sampled = searcher.count(new SampleQuery(8));

        assertThat(sampled).isBetween(DOCS / 8 - 100, DOCS / 8 + 100);
        assertThat(searcher.count(new SampleQuery(1))).isEqualTo(DOCS);
    }

    @Test
    void sampleIsCutIntoManyRunsSpreadOverTheWholeIndex() throws IOException {
        java.util.List<Integer> sampled = new java.util.ArrayList<>();
        searcher.search(new SampleQuery(8), new org.apache.lucene.search.SimpleCollector() {
            @Override
            public void collect(int doc) {
                sampled.add(doc);
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        int runs = 0;
        for (int k = 0; k < sampled.size(); k++) {
            if (k == 0 || sampled.get(k) != sampled.get(k - 1) + 1) {
                runs++;
            }
        }

        assertThat(runs).as("runs of consecutive docs").isBetween(SampleQuery.RUNS_PER_SEGMENT / 2, sampled.size() / 2);
        assertThat(sampled.get(0)).isLessThan(DOCS / 10);
        assertThat(sampled.get(sampled.size() - 1)).isGreaterThan(DOCS - DOCS / 10);
    }

    @Test
    void sampleAdvancedPastDocsIsTheSameSampleAsOneReadDocByDoc() throws IOException {
        org.apache.lucene.index.LeafReaderContext leaf = reader.leaves().get(0);
        var weight = searcher.createWeight(new SampleQuery(5), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
        var all = weight.scorer(leaf).iterator();
        java.util.List<Integer> every = new java.util.ArrayList<>();
        for (int d = all.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = all.nextDoc()) {
            every.add(d);
        }
        var skipping = weight.scorer(leaf).iterator();
        int checked = 0;
        for (int target = 0; target < DOCS; target += 37) {
            int t = Math.max(target, skipping.docID() + 1);
            int d = skipping.advance(t);
            int expected = every.stream().filter(x -> x >= t).findFirst()
                    .orElse(org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS);
            assertThat(d).as("advance to %d", t).isEqualTo(expected);
            checked++;
            if (d == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
