package org.tidewatch.index.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.tidewatch.index.schema.Fields;

/**
 * Counts, for every matching post, the values of the standard facets (sorted-set doc values {@code f_<facet>}).
 * Counts ordinals per segment and resolves them to strings once per segment, so the cost is one doc-values
 * lookup per facet per hit.
 */
public final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counter, Map<String, Map<String, Long>>> {
    private final List<String> facets;

    /** @param facets facet names (see {@link Fields#FACETS}) */
    public FacetCollectorManager(List<String> facets) {
        this.facets = List.copyOf(facets);
    }

    @Override
    public Counter newCollector() {
        return new Counter(facets);
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> collectors) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : facets) {
            Map<String, Long> merged = new HashMap<>();
            for (Counter c : collectors) {
                c.finishSegment();
                c.totals.get(f).forEach((k, v) -> merged.merge(k, v, Long::sum));
            }
            out.put(f, sortByCount(merged));
        }
        return out;
    }

    private static Map<String, Long> sortByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Counts one slice of the index. */
    public static final class Counter extends SimpleCollector {
        private final List<String> facets;
        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private final SortedSetDocValues[] values;
        private final long[][] counts;

        Counter(List<String> facets) {
            this.facets = facets;
            this.values = new SortedSetDocValues[facets.size()];
            this.counts = new long[facets.size()][];
            facets.forEach(f -> totals.put(f, new HashMap<>()));
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            for (int f = 0; f < facets.size(); f++) {
                values[f] = DocValues.getSortedSet(context.reader(), Fields.FACET_PREFIX + facets.get(f));
                counts[f] = new long[(int) values[f].getValueCount()];
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues dv = values[f];
                if (dv.advanceExact(doc)) {
                    long[] c = counts[f];
                    for (int k = dv.docValueCount(); k > 0; k--) {
                        c[(int) dv.nextOrd()]++;
                    }
                }
            }
        }

        /** Resolves the current segment's ordinals into the totals. */
        void finishSegment() {
            try {
                for (int f = 0; f < facets.size(); f++) {
                    if (counts[f] == null) {
                        continue;
                    }
                    Map<String, Long> total = totals.get(facets.get(f));
                    for (int ord = 0; ord < counts[f].length; ord++) {
                        if (counts[f][ord] > 0) {
                            total.merge(values[f].lookupOrd(ord).utf8ToString(), counts[f][ord], Long::sum);
                        }
                    }
                    counts[f] = null;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read facet values", e);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
