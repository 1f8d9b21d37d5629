package org.tidewatch.index.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.index.schema.Fields;

/**
 * Counts the standard facets of every matching post from the one sorted-set doc values field that holds all of
 * a post's facet values ({@code facet SEP value}): per hit one doc-values lookup; per segment the ordinals are
 * resolved to facet and value once. With a hit budget, collection stops once that many hits are counted
 * ({@link #overflowed()} then says so, and {@link #scanned()} how many docs the counted hits were spread over).
 */
public final class FacetCollectorManager implements CollectorManager<FacetCollectorManager.Counter, Map<String, Map<String, Long>>> {
    private final List<String> facets;
    private final long budget;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong scanned = new AtomicLong();
    private volatile boolean overflowed;

    /** @param facets facet names (see {@link Fields#FACETS}), in the order of the result */
    public FacetCollectorManager(List<String> facets) {
        this(facets, Long.MAX_VALUE);
    }

    /**
     * @param facets facet names (see {@link Fields#FACETS}), in the order of the result
     * @param budget the most hits to count; collection stops at the next one
     */
    public FacetCollectorManager(List<String> facets, long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("facet hit budget must be positive: " + budget);
        }
        this.facets = List.copyOf(facets);
        this.budget = budget;
    }

    @Override
    public Counter newCollector() {
        return new Counter(this);
    }

    /** Hits counted so far (all hits when not {@link #overflowed()}). */
    public long hits() {
        return hits.get();
    }

    /** Whether the query had more hits than the budget, so counting stopped early. */
    public boolean overflowed() {
        return overflowed;
    }

    /**
     * How many docs the counted hits were found among: per segment (or piece of one, when slices split segments) from
     * its first to its last counted hit, known once the search is reduced. Hits over scanned docs is the query's hit
     * density, whichever order the slices ran in.
     */
    public long scanned() {
        return scanned.get();
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
        private final FacetCollectorManager manager;
        private SortedSetDocValues values;
        private long[] counts;
        private int firstDoc = -1;
        private int lastDoc = -1;

        Counter(FacetCollectorManager manager) {
            this.manager = manager;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishSegment();
            if (manager.overflowed()) {
                throw new CollectionTerminatedException();
            }
            values = DocValues.getSortedSet(context.reader(), Fields.FACETS_FIELD);
            counts = new long[(int) values.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (manager.hits.incrementAndGet() > manager.budget) {
                manager.hits.decrementAndGet();
                manager.overflowed = true;
                throw new CollectionTerminatedException();
            }
            if (firstDoc < 0) {
                firstDoc = doc;
            }
            lastDoc = doc;
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
            if (firstDoc >= 0) {
                manager.scanned.addAndGet(lastDoc - firstDoc + 1);
            }
            firstDoc = -1;
            lastDoc = -1;
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
