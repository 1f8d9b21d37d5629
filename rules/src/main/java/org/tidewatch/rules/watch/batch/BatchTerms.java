package org.tidewatch.rules.watch.batch;

import java.util.Arrays;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** The sorted terms of one field of a batch, with their postings held as int runs (see {@link FieldPostings}). */
final class BatchTerms extends Terms {
    private final IndexOptions options;
    private final BytesRef[] terms;
    private final int[][] runs;
    private final int[] runSizes;
    private final int[] docFreqs;
    private final long[] totalFreqs;
    private final long sumDocFreq;
    private final long sumTotalFreq;
    private final int docCount;

    BatchTerms(IndexOptions options, BytesRef[] terms, int[][] runs, int[] runSizes, int[] docFreqs, long[] totalFreqs,
            long sumDocFreq, long sumTotalFreq, int docCount) {
        this.options = options;
        this.terms = terms;
        this.runs = runs;
        this.runSizes = runSizes;
        this.docFreqs = docFreqs;
        this.totalFreqs = totalFreqs;
        this.sumDocFreq = sumDocFreq;
        this.sumTotalFreq = sumTotalFreq;
        this.docCount = docCount;
    }

    @Override
    public TermsEnum iterator() {
        return new Enum();
    }

    @Override
    public long size() {
        return terms.length;
    }

    @Override
    public long getSumTotalTermFreq() {
        return sumTotalFreq;
    }

    @Override
    public long getSumDocFreq() {
        return sumDocFreq;
    }

    @Override
    public int getDocCount() {
        return docCount;
    }

    @Override
    public boolean hasFreqs() {
        return options.compareTo(IndexOptions.DOCS_AND_FREQS) >= 0;
    }

    @Override
    public boolean hasOffsets() {
        return false;
    }

    @Override
    public boolean hasPositions() {
        return options.compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
    }

    @Override
    public boolean hasPayloads() {
        return false;
    }

    private final class Enum extends BaseTermsEnum {
        private int ord = -1;

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int at = Arrays.binarySearch(terms, text);
            if (at >= 0) {
                ord = at;
                return SeekStatus.FOUND;
            }
            ord = -at - 1;
            return ord >= terms.length ? SeekStatus.END : SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ord) {
            this.ord = Math.toIntExact(ord);
        }

        @Override
        public BytesRef next() {
            if (ord + 1 >= terms.length) {
                ord = terms.length;
                return null;
            }
            return terms[++ord];
        }

        @Override
        public BytesRef term() {
            return terms[ord];
        }

        @Override
        public long ord() {
            return ord;
        }

        @Override
        public int docFreq() {
            return docFreqs[ord];
        }

        @Override
        public long totalTermFreq() {
            return totalFreqs[ord];
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            return new RunPostings(runs[ord], runSizes[ord], docFreqs[ord], hasPositions());
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** Postings read from one term's int run: doc, freq, then freq positions when the field has positions. */
    private static final class RunPostings extends PostingsEnum {
        private final int[] run;
        private final int end;
        private final int cost;
        private final boolean positions;
        private int next;
        private int doc = -1;
        private int freq;
        private int position;

        RunPostings(int[] run, int end, int cost, boolean positions) {
            this.run = run;
            this.end = end;
            this.cost = cost;
            this.positions = positions;
        }

        @Override
        public int nextDoc() {
            if (next >= end) {
                return doc = NO_MORE_DOCS;
            }
            doc = run[next];
            freq = run[next + 1];
            position = next + 2;
            next = position + (positions ? freq : 0);
            return doc;
        }

        @Override
        public int advance(int target) {
            int d;
            do {
                d = nextDoc();
            } while (d < target);
            return d;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int freq() {
            return freq;
        }

        @Override
        public int nextPosition() {
            return positions ? run[position++] : -1;
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public long cost() {
            return cost;
        }
    }
}
