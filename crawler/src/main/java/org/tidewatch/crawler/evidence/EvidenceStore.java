package org.tidewatch.crawler.evidence;

import java.io.Closeable;
import java.time.Instant;
import java.util.function.Supplier;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

/**
 * Keeps what was captured, unchanged, so that it can be shown in court and the index rebuilt from it.
 * Written before anything else in the pipeline.
 */
public interface EvidenceStore extends Closeable {
    /**
     * Stores an HTTP request/response pair. Returns where the response record is kept, with the SHA-256 of the
     * response payload (the body as received, after transfer decoding). Throws {@link java.io.UncheckedIOException}
     * when the store cannot be written: nothing downstream may proceed without evidence.
     */
    EvidenceRef recordExchange(HttpExchange exchange);

    /** Stores content that did not come over HTTP (an imported post) as a resource record. */
    EvidenceRef recordResource(String uri, Instant capturedAt, String contentType, byte[] content);

    /**
     * Stores the post as parsed from its capture (a metadata record referring to {@code post.evidence()}), so that
     * {@code tidewatch reindex} can rebuild the index from the evidence alone.
     */
    void recordPost(Post post);

    /**
     * Runs {@code work} (a bulk import, or the posts of one page) with the disk sync of the records it writes done
     * once, at its end, instead of once per record. Nothing written inside counts as stored until this returns, so
     * index what it wrote only afterwards. Stores without such syncing just run the work.
     */
    default <T> T inOneSync(Supplier<T> work) {
        return work.get();
    }
}
