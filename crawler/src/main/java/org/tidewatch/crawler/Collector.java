package org.tidewatch.crawler;

import org.tidewatch.core.SourceConfig;

/**
 * Collects the new public posts of one source. One implementation per source type (telegram, html, rss, mastodon).
 *
 * <p>Contract: a bad page or a bad post never throws; it is recorded in {@link CollectResult#failures()} and the
 * posts collected before it are still returned. Every HTTP exchange that yields posts has been written to the
 * evidence store before this method returns, and each returned post carries its {@code EvidenceRef}.
 */
public interface Collector {
    /**
     * @param source the validated source configuration
     * @param cursor what the previous successful run returned as {@link CollectResult#nextCursor()}, null on a first run
     * @return the posts newer than the cursor, the cursor to pass next time, and the failures met
     */
    CollectResult collect(SourceConfig source, String cursor);
}
