package org.tidewatch.crawler.collect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.Post;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.cursor.Cursor;
import org.tidewatch.crawler.fetch.FetchRequest;
import org.tidewatch.crawler.fetch.FetchResult;

/**
 * Walks a listing whose items have no ordered ids (feeds, classified-ad pages), newest page first, following the
 * next-page link. It stops at the first item it has already seen, at an item older than the cursor's date or
 * {@code history_days}, at {@code max_pages}, or when there is no next page. The first page is fetched
 * conditionally on the previous ETag/Last-Modified, so an unchanged listing costs one 304.
 */
public final class ListingWalk {
    /** Parses one fetched page. */
    @FunctionalInterface
    public interface PageParser {
        /** The page's posts (each already carrying the page's evidence) and its next-page URL (null for none). */
        Page parse(FetchResult page, CollectSession session);
    }

    /** One parsed page. */
    public record Page(List<Post> posts, String nextUrl) {
        public Page {
            posts = List.copyOf(posts);
        }
    }

    private ListingWalk() {
    }

    /** Walks from the source URL and returns the new posts, oldest first, and the advanced cursor. */
    public static CollectResult walk(CollectSession session, String storedCursor, PageParser parser) {
        Cursor cursor = session.cursor(storedCursor);
        Set<String> seen = new HashSet<>(cursor.seen());
        Map<String, Post> found = new LinkedHashMap<>();
        Set<String> visited = new HashSet<>();
        String url = session.source().url();
        String etag = cursor.etag();
        String lastModified = cursor.lastModified();
        for (int pageNo = 0; url != null && pageNo < session.source().maxPages() && visited.add(url); pageNo++) {
            FetchRequest request = session.request(url);
            FetchResult result = session.page(pageNo == 0 ? request.conditional(cursor.etag(), cursor.lastModified()) : request);
            if (result == null || result.notModified()) {
                break;
            }
            if (pageNo == 0) {
                etag = result.header("ETag");
                lastModified = result.header("Last-Modified");
            }
            Page page = parser.parse(result, session);
            List<Post> posts = result.truncated() && !page.posts().isEmpty()
                    ? page.posts().subList(0, page.posts().size() - 1) : page.posts();
            boolean reachedKnown = false;
            for (Post p : posts) {
                if (seen.contains(p.id()) || tooOld(p.publishedAt(), cursor.lastDate(), session.cutoff())) {
                    reachedKnown = true;
                } else {
                    found.putIfAbsent(p.id(), p);
                }
            }
            if (reachedKnown) {
                break;
            }
            url = page.nextUrl();
        }
        List<Post> newestFirst = new ArrayList<>(found.values());
        Instant newest = newestFirst.stream().map(Post::publishedAt).filter(d -> d != null).max(Comparator.naturalOrder())
                .orElse(null);
        Cursor next = cursor.advance(null, newest, etag, lastModified, newestFirst.stream().map(Post::id).toList());
        List<Post> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return session.result(oldestFirst, next);
    }

    private static boolean tooOld(Instant published, Instant lastDate, Instant cutoff) {
        return published != null && (published.isBefore(cutoff) || (lastDate != null && published.isBefore(lastDate)));
    }
}
