package org.tidewatch.crawler.collect.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.Collector;
import org.tidewatch.crawler.collect.CollectSession;
import org.tidewatch.crawler.cursor.Cursor;
import org.tidewatch.crawler.fetch.FetchResult;
import org.tidewatch.crawler.fetch.Fetcher;

/**
 * Collects a public Telegram channel from its web preview, {@code https://t.me/s/<channel>} (the source URL).
 * The newest page comes first; older pages are {@code ?before=<oldest id on the page>}. The walk stops at the
 * cursor's last id, at a post older than {@code history_days}, at {@code max_pages}, or when a page brings no id
 * older than the previous page (the start of the channel). Post ids are {@code telegram:<channel>/<number>}.
 */
public final class TelegramCollector implements Collector {
    private final Fetcher fetcher;

    public TelegramCollector(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public CollectResult collect(SourceConfig source, String storedCursor) {
        CollectSession session = new CollectSession(fetcher, source);
        Cursor cursor = session.cursor(storedCursor);
        long lastId = parseId(cursor.lastId());
        String base = source.url().contains("?") ? source.url().substring(0, source.url().indexOf('?')) : source.url();
        TreeMap<Long, TelegramPage.Message> found = new TreeMap<>();
        String url = source.url();
        long previousOldest = Long.MAX_VALUE;
        for (int pageNo = 0; pageNo < source.maxPages(); pageNo++) {
            FetchResult page = session.page(session.request(url));
            if (page == null) {
                break;
            }
            List<TelegramPage.Message> messages = TelegramPage.parse(page, session);
            if (page.truncated() && !messages.isEmpty()) {
                messages = messages.subList(0, messages.size() - 1);
            }
            long oldest = messages.stream().mapToLong(TelegramPage.Message::number).min().orElse(Long.MAX_VALUE);
            boolean reachedKnown = false;
            for (TelegramPage.Message m : messages) {
                Post p = m.post();
                if (m.number() <= lastId || (p.publishedAt() != null && p.publishedAt().isBefore(session.cutoff()))) {
                    reachedKnown = true;
                } else {
                    found.putIfAbsent(m.number(), m);
                }
            }
            if (reachedKnown || oldest >= previousOldest || oldest <= 1) {
                break;
            }
            previousOldest = oldest;
            url = base + "?before=" + oldest;
        }
        List<Post> posts = new ArrayList<>();
        for (TelegramPage.Message m : found.values()) {
            posts.add(session.withMedia(m.post(), m.photos()));
        }
        String newLastId = found.isEmpty() ? cursor.lastId() : String.valueOf(Math.max(lastId, found.lastKey()));
        Cursor next = cursor.advance(newLastId, posts.isEmpty() ? null : posts.get(posts.size() - 1).publishedAt(),
                null, null, List.of());
        return session.result(posts, next);
    }

    private static long parseId(String id) {
        if (id == null) {
            return 0;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
