package org.tidewatch.crawler.testing;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.crawler.evidence.HttpExchange;

/** An evidence store in memory, for tests: keeps every exchange and post, numbered in order. */
public final class InMemoryEvidenceStore implements EvidenceStore {
    public final List<HttpExchange> exchanges = new ArrayList<>();
    public final List<EvidenceRef> refs = new ArrayList<>();
    public final List<Post> posts = new ArrayList<>();
    public UncheckedIOException failOnPost;

    @Override
    public synchronized EvidenceRef recordExchange(HttpExchange exchange) {
        exchanges.add(exchange);
        EvidenceRef ref = new EvidenceRef("test.warc", "urn:test:" + exchanges.size(), PostIds.sha256Hex(exchange.body()));
        refs.add(ref);
        return ref;
    }

    @Override
    public synchronized EvidenceRef recordResource(String uri, Instant capturedAt, String contentType, byte[] content) {
        return new EvidenceRef("test.warc", "urn:test:resource", PostIds.sha256Hex(content));
    }

    @Override
    public synchronized void recordPost(Post post) {
        if (failOnPost != null) {
            throw failOnPost;
        }
        posts.add(post);
    }

    /** The exchange recorded for a URL (the last one), or null. */
    public synchronized HttpExchange exchangeOf(String url) {
        HttpExchange found = null;
        for (HttpExchange e : exchanges) {
            if (e.url().equals(url)) {
                found = e;
            }
        }
        return found;
    }

    /** The ref recorded for a URL (the last one), or null. */
    public synchronized EvidenceRef refOf(String url) {
        EvidenceRef found = null;
        for (int i = 0; i < exchanges.size(); i++) {
            if (exchanges.get(i).url().equals(url)) {
                found = refs.get(i);
            }
        }
        return found;
    }

    @Override
    public void close() {
    }
}
