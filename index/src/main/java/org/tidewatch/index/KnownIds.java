package org.tidewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.index.schema.Fields;

/**
 * Which post ids the index may hold: a Bloom filter over the UTF-8 bytes of every id indexed or upserted (no false
 * negatives; about 1% false positives). An upsert of an id the filter has never seen cannot replace anything, so it
 * is added without a delete-by-id: the buffered delete term of every new post, resolved against every segment at
 * flush and commit, was ~5% of indexing. One 64-bit word per id (six bits set in it), so a look-up reads one cache
 * line; when a filter holds its capacity a new, twice larger one takes the next ids (all are asked). Not thread-safe
 * (the index calls it under its write lock).
 */
final class KnownIds {
    /** Bits per id: with six bits of one word, about 1% of unseen ids are taken for seen. */
    private static final int BITS_PER_ID = 16;
    /** Ids the first filter holds at least (2 MB): most indexes never need a second. */
    private static final int MIN_CAPACITY = 1 << 20;

    private final List<long[]> filters = new ArrayList<>();
    private final List<Integer> capacities = new ArrayList<>();
    private int inNewest;

    private KnownIds(int capacity) {
        addFilter(Math.max(MIN_CAPACITY, capacity));
    }

    /** An empty filter sized for about {@code expected} ids. */
    static KnownIds empty(int expected) {
        return new KnownIds(expected);
    }

    /** A filter of every id in the index (deleted ones included: they only cost a needless delete-by-id). */
    static KnownIds of(IndexReader reader) throws IOException {
        long ids = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            ids += leaf.reader().maxDoc();
        }
        KnownIds known = new KnownIds((int) Math.min(Integer.MAX_VALUE / 2, Math.max(MIN_CAPACITY, ids * 2)));
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum e = terms.iterator();
            for (BytesRef id = e.next(); id != null; id = e.next()) {
                known.add(id.bytes, id.offset, id.length);
            }
        }
        return known;
    }

    /** Records an id; says whether it may have been recorded before (false: certainly not). */
    boolean add(String id) {
        byte[] utf8 = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return add(utf8, 0, utf8.length);
    }

    private boolean add(byte[] bytes, int offset, int length) {
        long h = hash(bytes, offset, length);
        long mask = mask(h);
        boolean seen = false;
        for (long[] words : filters) { // no early exit: the reads of all filters overlap
            seen |= (words[word(h, words)] & mask) == mask;
        }
        if (!seen) {
            if (inNewest >= capacities.get(capacities.size() - 1)) {
                addFilter(capacities.get(capacities.size() - 1) * 2);
            }
            long[] newest = filters.get(filters.size() - 1);
            newest[word(h, newest)] |= mask;
            inNewest++;
        }
        return seen;
    }

    private void addFilter(int capacity) {
        int words = Integer.highestOneBit(Math.max(1, (int) ((long) capacity * BITS_PER_ID / 64) - 1)) << 1;
        filters.add(new long[words]);
        capacities.add(capacity);
        inNewest = 0;
    }

    /** The word of an id: the high 28 bits of its hash (the low 36 choose the bits in the word). */
    private static int word(long h, long[] words) {
        return (int) (h >>> 36) & (words.length - 1);
    }

    /** Six bits of a word, chosen by six 6-bit slices of the hash. */
    private static long mask(long h) {
        long m = 0;
        for (int i = 0; i < 6; i++) {
            m |= 1L << (h >>> (i * 6) & 63);
        }
        return m;
    }

    /** FNV-1a over the bytes, then a SplitMix64 finaliser so every slice of the result is well mixed. */
    private static long hash(byte[] bytes, int offset, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ (bytes[i] & 0xFF)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
