package org.tidewatch.crawler.fetch;

/**
 * Fetches one URL politely and records what came back as evidence.
 *
 * <p>Contract: never throws for a bad URL, a network fault or an HTTP error; those come back as
 * {@link FetchResult#failure()}. Throws {@link java.io.UncheckedIOException} only when the evidence store cannot be
 * written, because nothing may proceed without evidence.
 */
public interface Fetcher {
    /** Fetches the URL; a 2xx body is in the evidence store before this returns. */
    FetchResult fetch(FetchRequest request);
}
