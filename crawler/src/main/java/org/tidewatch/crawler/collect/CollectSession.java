package org.tidewatch.crawler.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectFailure;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.cursor.Cursor;
import org.tidewatch.crawler.fetch.FetchRequest;
import org.tidewatch.crawler.fetch.FetchResult;
import org.tidewatch.crawler.fetch.Fetcher;

/**
 * One collector run over one source: fetches pages and media with the source's settings and gathers the failures
 * as data, so that collectors only parse.
 */
public final class CollectSession {
    private final Fetcher fetcher;
    private final SourceConfig source;
    private final Instant startedAt = Instant.now();
    private final List<CollectFailure> failures = new ArrayList<>();

    public CollectSession(Fetcher fetcher, SourceConfig source) {
        this.fetcher = fetcher;
        this.source = source;
    }

    public SourceConfig source() {
        return source;
    }

    /** When this run started; every post of the run gets it as its collection time. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Posts published before this are too old for the walk back through history. */
    public Instant cutoff() {
        return startedAt.minus(Duration.ofDays(source.historyDays()));
    }

    /** Reads the stored cursor; an unreadable one is recorded and the run starts afresh. */
    public Cursor cursor(String stored) {
        try {
            return Cursor.parse(stored);
        } catch (IllegalArgumentException e) {
            fail(source.url(), "cursor", e.getMessage() + "; walking back through history again");
            return Cursor.EMPTY;
        }
    }

    /** A request carrying this source's settings. */
    public FetchRequest request(String url) {
        return FetchRequest.forSource(source, url);
    }

    /** Fetches a page; a failure is recorded and gives null; a body cut at the cap is recorded but still returned. */
    public FetchResult page(FetchRequest request) {
        FetchResult r = fetcher.fetch(request);
        if (r.failure() != null) {
            fail(request.url(), r.failure().kind(), r.failure().reason());
            return null;
        }
        if (r.truncated()) {
            fail(request.url(), "too_large", "body cut at the size cap after " + r.body().length
                    + " bytes; the last item on the page was dropped");
        }
        return r;
    }

    /** Records a failure on one page or one post. */
    public void fail(String url, String kind, String reason) {
        failures.add(new CollectFailure(url, kind, reason));
    }

    /**
     * The post with its media fetched (when the source fetches media) and noted in its attributes:
     * {@code media_urls}, and per URL in the same order {@code media_sha256} and {@code media_records}
     * ({@code -} where the fetch failed).
     */
    public Post withMedia(Post post, List<String> mediaUrls) {
        if (mediaUrls.isEmpty()) {
            return post;
        }
        Map<String, String> attributes = new LinkedHashMap<>(post.attributes());
        attributes.put("media_urls", String.join(" ", mediaUrls));
        if (source.fetchMedia()) {
            List<String> hashes = new ArrayList<>();
            List<String> records = new ArrayList<>();
            for (String url : mediaUrls) {
                FetchResult r = fetcher.fetch(request(url).media(url));
                if (r.ok()) {
                    hashes.add(r.evidence().sha256());
                    records.add(r.evidence().recordId());
                    if (r.truncated()) {
                        fail(url, "too_large", "media cut at the size cap after " + r.body().length + " bytes");
                    }
                } else {
                    hashes.add("-");
                    records.add("-");
                    fail(url, r.failure() == null ? "media" : r.failure().kind(),
                            "media of " + post.id() + ": " + (r.failure() == null ? "HTTP " + r.status() : r.failure().reason()));
                }
            }
            attributes.put("media_sha256", String.join(" ", hashes));
            attributes.put("media_records", String.join(" ", records));
        }
        return new Post(post.id(), post.sourceId(), post.platform(), post.url(), post.author(), post.authorName(),
                post.publishedAt(), post.collectedAt(), post.text(), attributes, post.evidence());
    }

    /** The run's result with the failures gathered. */
    public CollectResult result(List<Post> posts, Cursor next) {
        return new CollectResult(posts, next.encode(), failures);
    }

    /** The failures so far. */
    public List<CollectFailure> failures() {
        return List.copyOf(failures);
    }
}
