package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.tidewatch.index.SearchRequest.SortOrder;
import org.tidewatch.index.schema.Fields;

/**
 * Keeps the best hit of each near-duplicate group (like Solr's collapsing filter), then pages over the group
 * heads in sort order: exact group totals and stable deep paging with a cursor.
 */
final class CollapseCollectorManager implements CollectorManager<CollapseCollectorManager.HeadCollector, CollapseCollectorManager.Page> {
    /** The best hit of a group. */
    record Head(String group, long value, String id, int doc, float score) {
    }

    /** The heads of one page and the number of groups in all. */
    record Page(long groups, List<Head> heads, boolean more) {
    }

    private final SortOrder order;
    private final Cursor after;
    private final int limit;
    private final Comparator<Head> sortOrder;

    CollapseCollectorManager(SortOrder order, Cursor after, int limit) {
        this.order = order;
        this.after = after;
        this.limit = limit;
        Cursor probe = new Cursor(order, 0, "");
        this.sortOrder = (a, b) -> {
            int c = probe.compareValues(a.value(), b.value());
            return c != 0 ? c : a.id().compareTo(b.id());
        };
    }

    @Override
    public HeadCollector newCollector() {
        return new HeadCollector();
    }

    @Override
    public Page reduce(Collection<HeadCollector> collectors) throws IOException {
        Map<String, Head> heads = new HashMap<>();
        for (HeadCollector c : collectors) {
            c.finishSegment();
            c.heads.values().forEach(h -> heads.merge(h.group(), h, (x, y) -> sortOrder.compare(x, y) <= 0 ? x : y));
        }
        List<Head> sorted = new ArrayList<>();
        for (Head h : heads.values()) {
            if (after == null || after.precedes(h.value(), h.id())) {
                sorted.add(h);
            }
        }
        sorted.sort(sortOrder);
        boolean more = sorted.size() > limit;
        return new Page(heads.size(), List.copyOf(sorted.subList(0, Math.min(limit, sorted.size()))), more);
    }

    /** Marks an own-group hit among the entries of {@link HeadCollector#finishSegment} (ords are below it). */
    private static final int OWN = 1 << 30;

    /** Finds the group heads in one slice. */
    final class HeadCollector extends SimpleCollector {
        private final Map<String, Head> heads = new HashMap<>();
        private Scorable scorer;
        private LeafReaderContext context;
        private SortedDocValues groups;
        private NumericDocValues times;
        private long[] bestValue;
        private int[] bestDoc;
        private float[] bestScore;
        /** Hits without a group field, each the head of the group it started (named by its id), in doc order. */
        private int[] ownDoc = new int[16];
        private long[] ownValue = new long[16];
        private float[] ownScore = new float[16];
        private int owns;
        private final Cursor probe = new Cursor(order, 0, "");

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext ctx) throws IOException {
            finishSegment();
            context = ctx;
            groups = DocValues.getSorted(ctx.reader(), Fields.DUP_GROUP);
            times = DocValues.getNumeric(ctx.reader(), Fields.TIME);
            int n = groups.getValueCount();
            bestValue = new long[n];
            bestDoc = new int[n];
            bestScore = new float[n];
            Arrays.fill(bestDoc, -1);
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = order == SortOrder.RELEVANCE ? scorer.score() : Float.NaN;
            long value;
            if (order == SortOrder.RELEVANCE) {
                value = Float.floatToIntBits(score);
            } else {
                value = times.advanceExact(doc) ? times.longValue() : 0L;
            }
            if (!groups.advanceExact(doc)) { // in the group it started: the only hit of it in this segment
                if (owns == ownDoc.length) {
                    ownDoc = Arrays.copyOf(ownDoc, owns * 2);
                    ownValue = Arrays.copyOf(ownValue, owns * 2);
                    ownScore = Arrays.copyOf(ownScore, owns * 2);
                }
                ownDoc[owns] = doc;
                ownValue[owns] = value;
                ownScore[owns++] = score;
                return;
            }
            int ord = groups.ordValue();
            if (bestDoc[ord] < 0 || probe.compareValues(value, bestValue[ord]) < 0) {
                bestDoc[ord] = doc;
                bestValue[ord] = value;
                bestScore[ord] = score;
            }
        }

        void finishSegment() throws IOException {
            if (context == null) {
                return;
            }
            // group heads and own-group hits, by doc: the ids are read in doc order
            long[] entries = new long[owns + bestDoc.length];
            int n = 0;
            for (int ord = 0; ord < bestDoc.length; ord++) {
                if (bestDoc[ord] >= 0) {
                    entries[n++] = (long) bestDoc[ord] << 32 | ord;
                }
            }
            for (int k = 0; k < owns; k++) {
                entries[n++] = (long) ownDoc[k] << 32 | OWN | k;
            }
            Arrays.sort(entries, 0, n);
            SortedDocValues ids = DocValues.getSorted(context.reader(), Fields.ID);
            for (int e = 0; e < n; e++) {
                int doc = (int) (entries[e] >>> 32);
                int index = (int) entries[e];
                String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
                Head h;
                if ((index & OWN) != 0) {
                    int k = index & ~OWN;
                    h = new Head(id, ownValue[k], id, context.docBase + doc, ownScore[k]);
                } else {
                    h = new Head(groups.lookupOrd(index).utf8ToString(), bestValue[index], id, context.docBase + doc,
                            bestScore[index]);
                }
                heads.merge(h.group(), h, (x, y) -> sortOrder.compare(x, y) <= 0 ? x : y);
            }
            owns = 0;
            context = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return order == SortOrder.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
