package org.tidewatch.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.util.BytesRef;
import org.tidewatch.index.schema.Fields;

/**
 * Counts the standard facets of every matching post from the one sorted-set doc values field that holds all of
 * a post's facet values ({@code facet SEP value}): per hit one doc-values lookup; per segment the ordinals are
 * resolved to facet and value once.
 */
public final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counter, Map<String, Map<String, Long>>> {
    private final List<String> facets;

    /** @param facets facet names (see {@link Fields#FACETS}), in the order of the result */
    public FacetCollectorManager(List<String> facets) {
        this.facets = List.copyOf(facets);
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counter> collectors) {
        Map<String, Map<String, Long>> merged = new HashMap<>();
        for (Counter c : collectors) {
            c.finishSegment();
            c.totals.forEach((facet, counts) -> {
                Map<String, Long> m = merged.computeIfAbsent(facet, f -> new HashMap<>());
                counts.forEach((value, n) -> m.merge(value, n, Long::sum));
            });
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : facets) {
            out.put(f, sortByCount(merged.getOrDefault(f, Map.of())));
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
        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private SortedSetDocValues values;
        private long[] counts;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            values = DocValues.getSortedSet(context.reader(), Fields.FACETS_FIELD);
            counts = new long[(int) values.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                for (int k = values.docValueCount(); k > 0; k--) {
                    counts[(int) values.nextOrd()]++;
                }
            }
        }

        /** Resolves the current segment's ordinals into the totals. */
        void finishSegment() {
            if (counts == null) {
                return;
            }
            try {
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        BytesRef term = values.lookupOrd(ord);
                        String s = term.utf8ToString();
                        int sep = s.indexOf(Fields.FACET_SEP);
                        totals.computeIfAbsent(s.substring(0, sep), f -> new HashMap<>())
                                .merge(s.substring(sep + 1), counts[ord], Long::sum);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read facet values", e);
            }
            counts = null;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
