package org.tidewatch.crawler.collect.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.Collector;
import org.tidewatch.crawler.collect.CollectSession;
import org.tidewatch.crawler.cursor.Cursor;
import org.tidewatch.crawler.fetch.FetchResult;
import org.tidewatch.crawler.fetch.Fetcher;

/**
 * Collects a Mastodon-compatible API endpoint given as the source URL: a hashtag timeline
 * ({@code /api/v1/timelines/tag/{tag}}) or an account's statuses ({@code /api/v1/accounts/{id}/statuses}).
 * A first run walks back with the {@code Link rel="next"} pages ({@code max_id}) until {@code history_days} or
 * {@code max_pages}; later runs ask {@code min_id=<last id>} and walk forward with {@code rel="prev"} until a page
 * is empty. Post ids are {@code <platform>:<host>/<status id>}, since status ids are only unique per server.
 */
public final class MastodonCollector implements Collector {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<String> BY_ID = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
    private final Fetcher fetcher;

    public MastodonCollector(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public CollectResult collect(SourceConfig source, String storedCursor) {
        CollectSession session = new CollectSession(fetcher, source);
        Cursor cursor = session.cursor(storedCursor);
        String lastId = cursor.lastId();
        String url = withParam(withParam(source.url(), "limit", "40"), "min_id", lastId);
        String host = URI.create(source.url()).getHost();
        Map<String, MastodonStatus.Parsed> found = new LinkedHashMap<>();
        for (int pageNo = 0; url != null && pageNo < source.maxPages(); pageNo++) {
            FetchResult page = session.page(session.request(url));
            if (page == null) {
                break;
            }
            JsonNode statuses;
            try {
                statuses = JSON.readTree(page.text());
            } catch (JsonProcessingException e) {
                session.fail(page.finalUrl(), "parse", "not JSON: " + e.getOriginalMessage());
                break;
            }
            if (statuses == null || !statuses.isArray()) {
                session.fail(page.finalUrl(), "parse", "expected a JSON array of statuses");
                break;
            }
            if (statuses.isEmpty()) {
                break;
            }
            boolean reachedKnown = false;
            int index = 0;
            for (JsonNode s : statuses) {
                index++;
                MastodonStatus.Parsed p;
                try {
                    p = MastodonStatus.parse(s, host, page, session);
                } catch (IllegalArgumentException e) {
                    session.fail(page.finalUrl(), "parse", "status " + index + ": " + e.getMessage());
                    continue;
                }
                Post post = p.post();
                if ((lastId != null && BY_ID.compare(p.statusId(), lastId) <= 0)
                        || (post.publishedAt() != null && post.publishedAt().isBefore(session.cutoff()))) {
                    reachedKnown = true;
                } else {
                    found.putIfAbsent(p.statusId(), p);
                }
            }
            Map<String, String> links = LinkHeader.parse(page.header("Link"));
            // Forward (min_id) runs never meet old posts: they end on an empty page.
            url = lastId != null ? links.get("prev") : reachedKnown ? null : links.get("next");
        }
        List<MastodonStatus.Parsed> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing(MastodonStatus.Parsed::statusId, BY_ID));
        List<Post> posts = new ArrayList<>();
        for (MastodonStatus.Parsed p : ordered) {
            posts.add(session.withMedia(p.post(), p.media()));
        }
        String newest = ordered.isEmpty() ? lastId : ordered.get(ordered.size() - 1).statusId();
        Cursor next = cursor.advance(newest, posts.isEmpty() ? null : posts.get(posts.size() - 1).publishedAt(),
                null, null, List.of());
        return session.result(posts, next);
    }

    private static String withParam(String url, String name, String value) {
        if (value == null || url.matches(".*[?&]" + name + "=.*")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
