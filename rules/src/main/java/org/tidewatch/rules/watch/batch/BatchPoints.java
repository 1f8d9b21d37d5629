package org.tidewatch.rules.watch.batch;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The points of one field across a batch, as one leaf: a batch holds a few hundred values, so a query visits them all
 * rather than walking a tree.
 */
final class BatchPoints extends PointValues {
    private final int dims;
    private final int indexDims;
    private final int bytesPerDim;
    private int[] docs = new int[8];
    private byte[][] values = new byte[8][];
    private int count;
    private int docCount;
    private byte[] min;
    private byte[] max;

    BatchPoints(int dims, int indexDims, int bytesPerDim) {
        this.dims = dims;
        this.indexDims = indexDims;
        this.bytesPerDim = bytesPerDim;
    }

    boolean sameShape(int dims, int indexDims, int bytesPerDim) {
        return this.dims == dims && this.indexDims == indexDims && this.bytesPerDim == bytesPerDim;
    }

    int dims() {
        return dims;
    }

    int indexDims() {
        return indexDims;
    }

    int bytesPerDim() {
        return bytesPerDim;
    }

    /** Adds one packed value of a document; documents arrive in increasing order. */
    void add(int doc, BytesRef packed) {
        if (packed.length != dims * bytesPerDim) {
            throw new IllegalArgumentException("a point of " + dims + " dimensions of " + bytesPerDim
                    + " bytes needs " + dims * bytesPerDim + " bytes, got " + packed.length);
        }
        byte[] value = Arrays.copyOfRange(packed.bytes, packed.offset, packed.offset + packed.length);
        if (count == docs.length) {
            docs = ArrayUtil.grow(docs, count + 1);
            values = Arrays.copyOf(values, docs.length);
        }
        if (count == 0 || docs[count - 1] != doc) {
            docCount++;
        }
        docs[count] = doc;
        values[count++] = value;
        if (min == null) {
            min = value.clone();
            max = value.clone();
            return;
        }
        for (int d = 0; d < indexDims; d++) {
            int from = d * bytesPerDim;
            int to = from + bytesPerDim;
            if (Arrays.compareUnsigned(value, from, to, min, from, to) < 0) {
                System.arraycopy(value, from, min, from, bytesPerDim);
            }
            if (Arrays.compareUnsigned(value, from, to, max, from, to) > 0) {
                System.arraycopy(value, from, max, from, bytesPerDim);
            }
        }
    }

    @Override
    public PointTree getPointTree() {
        return new Leaf();
    }

    @Override
    public byte[] getMinPackedValue() {
        return min.clone();
    }

    @Override
    public byte[] getMaxPackedValue() {
        return max.clone();
    }

    @Override
    public int getNumDimensions() {
        return dims;
    }

    @Override
    public int getNumIndexDimensions() {
        return indexDims;
    }

    @Override
    public int getBytesPerDimension() {
        return bytesPerDim;
    }

    @Override
    public long size() {
        return count;
    }

    @Override
    public int getDocCount() {
        return docCount;
    }

    /** A tree of one leaf holding every value. */
    private final class Leaf implements PointTree {
        @Override
        public PointTree clone() {
            return new Leaf();
        }

        @Override
        public boolean moveToChild() {
            return false;
        }

        @Override
        public boolean moveToSibling() {
            return false;
        }

        @Override
        public boolean moveToParent() {
            return false;
        }

        @Override
        public byte[] getMinPackedValue() {
            return min;
        }

        @Override
        public byte[] getMaxPackedValue() {
            return max;
        }

        @Override
        public long size() {
            return count;
        }

        @Override
        public void visitDocIDs(IntersectVisitor visitor) throws IOException {
            visitor.grow(count);
            for (int i = 0; i < count; i++) {
                visitor.visit(docs[i]);
            }
        }

        @Override
        public void visitDocValues(IntersectVisitor visitor) throws IOException {
            visitor.grow(count);
            for (int i = 0; i < count; i++) {
                visitor.visit(docs[i], values[i]);
            }
        }
    }
}
