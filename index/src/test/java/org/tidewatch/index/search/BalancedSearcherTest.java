package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.index.schema.Fields;

class BalancedSearcherTest {
    /** Segment sizes like an index after a bulk load: one big merged segment and small recent ones. */
    private static final int[] SEGMENTS = {700, 4_000, 300, 250};

    private Directory directory;
    private DirectoryReader reader;
    private ExecutorService pool;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        int n = 0;
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : SEGMENTS) {
                for (int k = 0; k < size; k++, n++) {
                    Document d = new Document();
                    // word counts vary so scores vary; many docs tie, which the doc-id tie-break must order
                    d.add(new TextField("text", "boat " + "x ".repeat(n % 7) + (n % 3 == 0 ? "boat" : "sea"), Field.Store.NO));
                    d.add(new NumericDocValuesField(Fields.TIME, n % 50)); // times repeat: ties broken by doc id
                    d.add(new SortedSetDocValuesField(Fields.FACETS_FIELD, new BytesRef("platform" + Fields.FACET_SEP + (n % 5 == 0 ? "x" : "telegram"))));
                    w.addDocument(d);
                }
                w.flush();
            }
        }
        reader = DirectoryReader.open(directory);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() throws IOException {
        pool.shutdown();
        reader.close();
        directory.close();
    }

    @Test
    void cutsTheIndexIntoEqualSlicesCoveringEveryDocOnce() {
        LeafSlice[] slices = BalancedSearcher.balanced(reader.leaves(), 2, 100);

        assertThat(reader.leaves()).hasSize(SEGMENTS.length);
        assertThat(slices).hasSize(2);
        List<Integer> sizes = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (LeafSlice slice : slices) {
            Set<Integer> leavesOfSlice = new HashSet<>();
            int size = 0;
            for (LeafReaderContextPartition p : slice.partitions) {
                assertThat(leavesOfSlice.add(p.ctx.ord)).as("a slice holds one piece of a segment at most").isTrue();
                int to = Math.min(p.maxDocId, p.ctx.reader().maxDoc());
                for (int doc = p.minDocId; doc < to; doc++) {
                    assertThat(seen.add(p.ctx.docBase + doc)).isTrue();
                }
                size += to - p.minDocId;
            }
            sizes.add(size);
        }
        assertThat(seen).hasSize(reader.maxDoc());
        assertThat(sizes).containsExactly(2_625, 2_625);
    }

    @Test
    void keepsASmallIndexInOneSlice() {
        LeafSlice[] slices = BalancedSearcher.balanced(reader.leaves(), 2, 10_000);

        assertThat(slices).hasSize(1);
        assertThat(slices[0].partitions).extracting(p -> p.ctx.ord).containsExactly(0, 1, 2, 3);
    }

    @Test
    void findsTheSamePageAndFacetsAsOneThreadOverWholeSegments() throws IOException {
        IndexSearcher plain = new IndexSearcher(reader);
        IndexSearcher balanced = new BalancedSearcher(reader, pool, 2, 100);
        TermQuery boat = new TermQuery(new Term("text", "boat"));

        for (int page = 1; page <= 200; page *= 7) {
            TopDocs expected = plain.search(boat, new TopScoreDocCollectorManager(page, null, page));
            TopDocs actual = balanced.search(boat, new TopScoreDocCollectorManager(page, null, page));
            assertThat(docsAndScores(actual)).isEqualTo(docsAndScores(expected));
        }
        Map<String, Map<String, Long>> expectedFacets = plain.search(boat, new FacetCollectorManager(Fields.FACETS));
        Map<String, Map<String, Long>> actualFacets = balanced.search(boat, new FacetCollectorManager(Fields.FACETS));
        assertThat(actualFacets).isEqualTo(expectedFacets).isNotEmpty();
        assertThat(actualFacets.get("platform").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(reader.maxDoc());
    }

    @Test
    void findsTheSameNewestFirstPageAsOneThread() throws IOException {
        IndexSearcher plain = new IndexSearcher(reader);
        IndexSearcher balanced = new BalancedSearcher(reader, pool, 2, 100);
        TermQuery sea = new TermQuery(new Term("text", "sea"));
        Sort newest = new Sort(new SortField(Fields.TIME, SortField.Type.LONG, true));

        TopDocs expected = plain.search(sea, new TopFieldCollectorManager(newest, 50, null, 50));
        TopDocs actual = balanced.search(sea, new TopFieldCollectorManager(newest, 50, null, 50));

        assertThat(Arrays.stream(actual.scoreDocs).mapToInt(d -> d.doc).toArray())
                .containsExactly(Arrays.stream(expected.scoreDocs).mapToInt(d -> d.doc).toArray());
    }

    @Test
    void estimatesFacetsOfABroadQueryWhicheverSliceFillsTheBudgetFirst() throws IOException {
        IndexSearcher balanced = new BalancedSearcher(reader, pool, 2, 100);

        // every doc has "boat": the density of the counted hits is 1 in whichever piece of the index they came from
        FacetCounts c = FacetCounts.count(balanced, new TermQuery(new Term("text", "boat")), 300);

        assertThat(c.approximate()).isTrue();
        assertThat(c.hits()).isBetween(4_400L, 6_100L);
        assertThat(c.facets().get("platform").get("telegram")).isBetween(3_500L, 4_900L);
    }

    private static List<String> docsAndScores(TopDocs td) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
            out.add(sd.doc + ":" + sd.score);
        }
        return out;
    }
}
