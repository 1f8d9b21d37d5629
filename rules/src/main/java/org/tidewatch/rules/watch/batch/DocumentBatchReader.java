package org.tidewatch.rules.watch.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DocValuesSkipIndexType;
import org.apache.lucene.index.DocValuesSkipper;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.AcceptDocs;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.ByteBlockPool;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * A read-only segment of a batch of documents, inverted straight into memory: what lucene-monitor's multi-document
 * batch gives (one leaf, doc ids in input order, the same terms, positions and points), without writing, flushing and
 * re-reading an index segment. Holds postings (docs, freqs, positions) and points; no stored fields, doc values,
 * norms, offsets, payloads or vectors (queries that score still run: a field without norms scores as if every
 * value had the same length).
 */
public final class DocumentBatchReader extends LeafReader {
    private final int maxDoc;
    private final Map<String, Terms> terms;
    private final Map<String, PointValues> points;
    private final FieldInfos infos;

    private DocumentBatchReader(int maxDoc, Map<String, Terms> terms, Map<String, PointValues> points, FieldInfos infos) {
        this.maxDoc = maxDoc;
        this.terms = terms;
        this.points = points;
        this.infos = infos;
    }

    /**
     * Inverts the documents with the analyzer, as an index writer would: each indexed field's tokens (a field that
     * brings its own token stream, like a keyword field, keeps it), the analyzer's position gap between two values of
     * one field, and each point field's packed values. Doc ids follow the array order.
     */
    public static DocumentBatchReader of(Analyzer analyzer, Document... docs) {
        if (docs.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one document");
        }
        Map<String, FieldPostings> postings = new LinkedHashMap<>();
        Map<String, BatchPoints> points = new LinkedHashMap<>();
        Map<String, TokenStream> reuse = new HashMap<>();
        ByteBlockPool pool = new ByteBlockPool(new ByteBlockPool.DirectAllocator());
        Map<String, Integer> positions = new HashMap<>();
        for (int doc = 0; doc < docs.length; doc++) {
            positions.clear();
            for (IndexableField field : docs[doc]) {
                IndexableFieldType type = field.fieldType();
                if (type.indexOptions() != IndexOptions.NONE) {
                    FieldPostings fp = postings.computeIfAbsent(field.name(), n -> new FieldPostings(type.indexOptions(), pool));
                    if (fp.options() != type.indexOptions()) {
                        throw new IllegalArgumentException("field " + field.name() + " is indexed with " + fp.options()
                                + " and " + type.indexOptions() + " in one batch");
                    }
                    invert(analyzer, field, doc, fp, reuse, positions);
                }
                if (type.pointDimensionCount() != 0) {
                    BatchPoints bp = points.computeIfAbsent(field.name(), n -> new BatchPoints(type.pointDimensionCount(),
                            type.pointIndexDimensionCount(), type.pointNumBytes()));
                    if (!bp.sameShape(type.pointDimensionCount(), type.pointIndexDimensionCount(), type.pointNumBytes())) {
                        throw new IllegalArgumentException("field " + field.name() + " has points of two shapes in one batch");
                    }
                    bp.add(doc, field.binaryValue());
                }
            }
        }
        Map<String, Terms> frozen = new HashMap<>();
        postings.forEach((name, fp) -> frozen.put(name, fp.freeze()));
        return new DocumentBatchReader(docs.length, frozen, Map.copyOf(points), fieldInfos(postings, points));
    }

    private static void invert(Analyzer analyzer, IndexableField field, int doc, FieldPostings fp,
            Map<String, TokenStream> reuse, Map<String, Integer> positions) {
        String name = field.name();
        Integer last = positions.get(name);
        // The first value of a field starts before position 0, as in an index writer; later values of the same field
        // start after the analyzer's gap, so a phrase never spans two values.
        int position = last == null ? -1
                : last + (field.fieldType().tokenized() ? analyzer.getPositionIncrementGap(name) : 0);
        try (TokenStream ts = field.tokenStream(analyzer, reuse.get(name))) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                fp.add(term.getBytesRef(), doc, Math.max(0, position));
            }
            ts.end();
            position += increment.getPositionIncrement();
            reuse.put(name, ts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse field " + name, e);
        }
        positions.put(name, position);
    }

    private static FieldInfos fieldInfos(Map<String, FieldPostings> postings, Map<String, BatchPoints> points) {
        List<String> names = new ArrayList<>(postings.keySet());
        points.keySet().stream().filter(n -> !postings.containsKey(n)).forEach(names::add);
        FieldInfo[] infos = new FieldInfo[names.size()];
        for (int i = 0; i < infos.length; i++) {
            String name = names.get(i);
            FieldPostings fp = postings.get(name);
            BatchPoints bp = points.get(name);
            IndexOptions options = fp == null ? IndexOptions.NONE : fp.options();
            infos[i] = new FieldInfo(name, i, false, options != IndexOptions.NONE, false, options, DocValuesType.NONE,
                    DocValuesSkipIndexType.NONE, -1, Map.of(), bp == null ? 0 : bp.dims(), bp == null ? 0 : bp.indexDims(),
                    bp == null ? 0 : bp.bytesPerDim(), 0, VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN,
                    false, false);
        }
        return new FieldInfos(infos);
    }

    @Override
    public Terms terms(String field) {
        return terms.get(field);
    }

    @Override
    public PointValues getPointValues(String field) {
        return points.get(field);
    }

    @Override
    public FieldInfos getFieldInfos() {
        return infos;
    }

    @Override
    public int numDocs() {
        return maxDoc;
    }

    @Override
    public int maxDoc() {
        return maxDoc;
    }

    @Override
    public Bits getLiveDocs() {
        return null;
    }

    @Override
    public LeafMetaData getMetaData() {
        return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    @Override
    public NumericDocValues getNumericDocValues(String field) {
        return null;
    }

    @Override
    public BinaryDocValues getBinaryDocValues(String field) {
        return null;
    }

    @Override
    public SortedDocValues getSortedDocValues(String field) {
        return null;
    }

    @Override
    public SortedNumericDocValues getSortedNumericDocValues(String field) {
        return null;
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String field) {
        return null;
    }

    @Override
    public NumericDocValues getNormValues(String field) {
        return null;
    }

    @Override
    public DocValuesSkipper getDocValuesSkipper(String field) {
        return null;
    }

    @Override
    public FloatVectorValues getFloatVectorValues(String field) {
        return null;
    }

    @Override
    public ByteVectorValues getByteVectorValues(String field) {
        return null;
    }

    @Override
    public void searchNearestVectors(String field, float[] target, KnnCollector knnCollector, AcceptDocs acceptDocs) {
        // no vectors in a batch
    }

    @Override
    public void searchNearestVectors(String field, byte[] target, KnnCollector knnCollector, AcceptDocs acceptDocs) {
        // no vectors in a batch
    }

    @Override
    public void checkIntegrity() {
        // nothing was read from storage
    }

    @Override
    public TermVectors termVectors() {
        return TermVectors.EMPTY;
    }

    @Override
    public StoredFields storedFields() {
        return new StoredFields() {
            @Override
            public void document(int docID, org.apache.lucene.index.StoredFieldVisitor visitor) {
                // no stored fields in a batch
            }
        };
    }

    @Override
    protected void doClose() {
        // nothing to release: the batch lives on the heap
    }
}
