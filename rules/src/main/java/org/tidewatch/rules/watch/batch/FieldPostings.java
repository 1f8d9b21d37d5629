package org.tidewatch.rules.watch.batch;

import java.util.Arrays;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.ByteBlockPool;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * The terms of one field across a batch of documents and, for each term, its postings as one run of ints: per document
 * the doc id, the frequency and (when the field has positions) the positions. Filled in document order, then
 * {@link #freeze() frozen} into sorted {@link Terms}.
 */
final class FieldPostings {
    private final IndexOptions options;
    private final boolean positions;
    private final BytesRefHash terms;
    private int[][] data = new int[64][];
    private int[] size = new int[64];
    private int[] lastDoc = new int[64];
    private int[] freqAt = new int[64];
    private int[] docFreq = new int[64];
    private long[] totalFreq = new long[64];
    private int lastDocOfField = -1;
    private int docCount;

    /** A field's postings whose term bytes go to a pool shared with the batch's other fields (most hold few terms). */
    FieldPostings(IndexOptions options, ByteBlockPool pool) {
        this.options = options;
        this.terms = new BytesRefHash(pool);
        this.positions = options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
    }

    IndexOptions options() {
        return options;
    }

    /** Adds one occurrence of a term; documents arrive in increasing order, positions in increasing order per doc. */
    void add(BytesRef term, int doc, int position) {
        int id = terms.add(term);
        if (id >= 0) {
            grow(id);
            data[id] = new int[positions ? 8 : 4];
            lastDoc[id] = -1;
        } else {
            id = -id - 1;
        }
        if (lastDoc[id] != doc) {
            append(id, doc);
            freqAt[id] = size[id];
            append(id, 0);
            lastDoc[id] = doc;
            docFreq[id]++;
        }
        if (lastDocOfField != doc) {
            lastDocOfField = doc;
            docCount++;
        }
        data[id][freqAt[id]]++;
        totalFreq[id]++;
        if (positions) {
            append(id, position);
        }
    }

    private void grow(int id) {
        if (id < data.length) {
            return;
        }
        int n = ArrayUtil.oversize(id + 1, Integer.BYTES);
        data = Arrays.copyOf(data, n);
        size = Arrays.copyOf(size, n);
        lastDoc = Arrays.copyOf(lastDoc, n);
        freqAt = Arrays.copyOf(freqAt, n);
        docFreq = Arrays.copyOf(docFreq, n);
        totalFreq = Arrays.copyOf(totalFreq, n);
    }

    private void append(int id, int value) {
        int[] run = data[id];
        if (size[id] == run.length) {
            run = data[id] = ArrayUtil.grow(run, size[id] + 1);
        }
        run[size[id]++] = value;
    }

    /** The sorted, read-only terms of the field; this object must not be filled any more. */
    Terms freeze() {
        int[] sorted = terms.sort();
        int n = terms.size();
        BytesRef[] sortedTerms = new BytesRef[n];
        int[][] runs = new int[n][];
        int[] runSizes = new int[n];
        int[] dfs = new int[n];
        long[] ttfs = new long[n];
        long sumDocFreq = 0;
        long sumTotalFreq = 0;
        for (int ord = 0; ord < n; ord++) {
            int id = sorted[ord];
            sortedTerms[ord] = BytesRef.deepCopyOf(terms.get(id, new BytesRef()));
            runs[ord] = data[id];
            runSizes[ord] = size[id];
            dfs[ord] = docFreq[id];
            ttfs[ord] = totalFreq[id];
            sumDocFreq += docFreq[id];
            sumTotalFreq += totalFreq[id];
        }
        return new BatchTerms(options, sortedTerms, runs, runSizes, dfs, ttfs, sumDocFreq, sumTotalFreq, docCount);
    }
}
