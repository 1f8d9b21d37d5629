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
            if (!groups.advanceExact(doc)) {
                return;
            }
            int ord = groups.ordValue();
            float score = order == SortOrder.RELEVANCE ? scorer.score() : Float.NaN;
            long value;
            if (order == SortOrder.RELEVANCE) {
                value = Float.floatToIntBits(score);
            } else {
                value = times.advanceExact(doc) ? times.longValue() : 0L;
            }
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
            List<Integer> ords = new ArrayList<>();
            for (int ord = 0; ord < bestDoc.length; ord++) {
                if (bestDoc[ord] >= 0) {
                    ords.add(ord);
                }
            }
            ords.sort(Comparator.comparingInt(o -> bestDoc[o]));
            SortedDocValues ids = DocValues.getSorted(context.reader(), Fields.ID);
            for (int ord : ords) {
                int doc = bestDoc[ord];
                String id = ids.advanceExact(doc) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
                String group = groups.lookupOrd(ord).utf8ToString();
                Head h = new Head(group, bestValue[ord], id, context.docBase + doc, bestScore[ord]);
                heads.merge(group, h, (x, y) -> sortOrder.compare(x, y) <= 0 ? x : y);
            }
            context = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return order == SortOrder.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
