package org.tidewatch.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntroSorter;
import org.tidewatch.index.dedup.DuplicateGroups;
import org.tidewatch.index.dedup.Signature;
import org.tidewatch.index.schema.Fields;

/**
 * Refills the near-duplicate window from the newest indexed posts when an index is opened: the {@code window} newest
 * by time (among equal times the first indexed), recorded oldest first (among equal times the last indexed first), as
 * if they had just been indexed in that order.
 *
 * <p>One pass over the time doc values and a sort pick them, and each segment's signatures, ids and groups are then
 * read in doc order with one iterator each: a top-{@code window} sort fed every post and a fresh iterator per post made
 * opening a million-post index take seconds, paid again by every command-line search.
 */
final class DuplicateWindow {
    private DuplicateWindow() {
    }

    static DuplicateGroups load(SearcherManager searchers, int window) throws IOException {
        DuplicateGroups groups = new DuplicateGroups(window);
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            if (reader.numDocs() == 0) {
                return groups;
            }
            Posts newest = newest(reader, window);
            String[] ids = new String[newest.size];
            String[] groupIds = new String[newest.size];
            Signature[] signatures = new Signature[newest.size];
            read(reader.leaves(), newest, ids, groupIds, signatures);
            newest.sortOldestFirst();
            for (int k = 0; k < newest.size; k++) {
                int at = newest.slot[k];
                if (signatures[at] != null) {
                    groups.add(ids[at], signatures[at], groupIds[at]);
                }
            }
            return groups;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The live posts with a time, the {@code window} newest of them. */
    private static Posts newest(IndexReader reader, int window) throws IOException {
        Posts all = new Posts(reader.numDocs());
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues times = leaf.reader().getNumericDocValues(Fields.TIME);
            if (times == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = times.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = times.nextDoc()) {
                if (live == null || live.get(doc)) {
                    all.add(times.longValue(), leaf.docBase + doc);
                }
            }
        }
        if (all.size <= window) {
            return all;
        }
        long[] sorted = Arrays.copyOf(all.time, all.size);
        Arrays.sort(sorted);
        long threshold = sorted[all.size - window];
        int above = all.size - window;
        while (above < all.size && sorted[above] == threshold) {
            above++;
        }
        int tiesKept = window - (all.size - above); // posts at the threshold time that fit, the first indexed first
        Posts kept = new Posts(window);
        for (int k = 0; k < all.size; k++) { // in doc order
            long t = all.time[k];
            if (t > threshold || t == threshold && tiesKept-- > 0) {
                kept.add(t, all.doc[k]);
            }
        }
        return kept;
    }

    /** Reads the signature, id and group of every chosen post, segment by segment in doc order. */
    private static void read(List<LeafReaderContext> leaves, Posts posts, String[] ids, String[] groupIds,
                             Signature[] signatures) throws IOException {
        // posts were gathered in doc order: each segment's posts are one run of them
        int k = 0;
        for (LeafReaderContext leaf : leaves) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (k >= posts.size || posts.doc[k] >= end) {
                continue;
            }
            BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Fields.SIGNATURE);
            SortedDocValues idValues = leaf.reader().getSortedDocValues(Fields.ID);
            SortedDocValues groupValues = leaf.reader().getSortedDocValues(Fields.DUP_GROUP);
            for (; k < posts.size && posts.doc[k] < end; k++) {
                int doc = posts.doc[k] - leaf.docBase;
                if (sigs == null || idValues == null || !sigs.advanceExact(doc) || !idValues.advanceExact(doc)) {
                    continue; // too short for a signature: never a near duplicate of anything
                }
                BytesRef b = sigs.binaryValue();
                signatures[k] = Signature.fromBytes(b.bytes, b.offset, b.length);
                ids[k] = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
                // no group field: in the group it started, named by its id
                groupIds[k] = groupValues != null && groupValues.advanceExact(doc)
                        ? groupValues.lookupOrd(groupValues.ordValue()).utf8ToString() : ids[k];
            }
        }
    }

    /** Posts as (time, global doc id) pairs in parallel arrays, gathered in doc order. */
    private static final class Posts {
        private long[] time;
        private int[] doc;
        /** After {@link #sortOldestFirst}: the gathering position of each post, oldest first. */
        private int[] slot;
        private int size;

        Posts(int capacity) {
            time = new long[Math.max(1, capacity)];
            doc = new int[Math.max(1, capacity)];
        }

        void add(long t, int d) {
            if (size == time.length) {
                time = Arrays.copyOf(time, size * 2);
                doc = Arrays.copyOf(doc, size * 2);
            }
            time[size] = t;
            doc[size] = d;
            size++;
        }

        /** Orders {@link #slot} by time, and among equal times the last indexed first. */
        void sortOldestFirst() {
            slot = new int[size];
            for (int k = 0; k < size; k++) {
                slot[k] = k;
            }
            new IntroSorter() {
                private int pivot;

                @Override
                protected void swap(int i, int j) {
                    int s = slot[i];
                    slot[i] = slot[j];
                    slot[j] = s;
                }

                @Override
                protected void setPivot(int i) {
                    pivot = slot[i];
                }

                @Override
                protected int comparePivot(int j) {
                    return order(pivot, slot[j]);
                }

                @Override
                protected int compare(int i, int j) {
                    return order(slot[i], slot[j]);
                }

                private int order(int a, int b) {
                    int byTime = Long.compare(time[a], time[b]);
                    return byTime != 0 ? byTime : Integer.compare(doc[b], doc[a]);
                }
            }.sort(0, size);
        }
    }
}
