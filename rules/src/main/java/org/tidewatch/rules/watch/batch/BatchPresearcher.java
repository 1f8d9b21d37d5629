package org.tidewatch.rules.watch.batch;

import java.io.IOException;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * A presearcher that selects candidate queries from the batch its thread is matching ({@link #within}) instead of the
 * document lucene-monitor hands it. {@code Monitor.match} always builds its own batch index from the documents it is
 * given; with this presearcher a caller gives it one empty document (a trivial in-memory index) and matches the real
 * posts as a {@link DocumentBatchReader}, through a matcher factory that searches that reader. Queries are indexed
 * exactly as the wrapped presearcher indexes them.
 */
public final class BatchPresearcher extends Presearcher {
    private final Presearcher delegate;
    private final ThreadLocal<LeafReader> current = new ThreadLocal<>();

    public BatchPresearcher(Presearcher delegate) {
        this.delegate = delegate;
    }

    /** A monitor call that may throw what {@code Monitor.match} throws. */
    @FunctionalInterface
    public interface Match<T> {
        T run() throws IOException;
    }

    /** Runs a monitor call whose candidate selection reads the given batch, on this thread. */
    public <T> T within(LeafReader batch, Match<T> match) throws IOException {
        LeafReader outer = current.get();
        current.set(batch);
        try {
            return match.run();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    @Override
    public Query buildQuery(LeafReader reader, BiPredicate<String, BytesRef> termAcceptor) {
        LeafReader batch = current.get();
        return delegate.buildQuery(batch != null ? batch : reader, termAcceptor);
    }

    @Override
    public Document indexQuery(Query query, Map<String, String> metadata) {
        return delegate.indexQuery(query, metadata);
    }
}
