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
}
