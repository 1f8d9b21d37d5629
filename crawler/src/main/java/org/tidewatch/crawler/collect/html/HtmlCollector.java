package org.tidewatch.crawler.collect.html;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.Collector;
import org.tidewatch.crawler.collect.CollectSession;
import org.tidewatch.crawler.collect.Dates;
import org.tidewatch.crawler.collect.HtmlText;
import org.tidewatch.crawler.collect.ListingWalk;
import org.tidewatch.crawler.fetch.FetchResult;
import org.tidewatch.crawler.fetch.Fetcher;

/**
 * Collects any listing page described by CSS selectors ({@link SourceConfig#selectors()}): {@code item} (required),
 * {@code text}, {@code link}, {@code date} with {@code date_format}, {@code author}, {@code next}, {@code id}.
 * A selector may end in {@code @attr} to read an attribute instead of the text (links read {@code href} and
 * dates {@code datetime} when present). Post ids: the {@code id} value, else the link's URL hash, else a hash of
 * the text.
 */
public final class HtmlCollector implements Collector {
    private static final Evaluator IMAGES = QueryParser.parse("img[src]");
    private final Fetcher fetcher;

    public HtmlCollector(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public CollectResult collect(SourceConfig source, String cursor) {
        CollectSession session = new CollectSession(fetcher, source);
        Map<String, FieldSelector> fields;
        try {
            fields = fields(source.selectors());
        } catch (IllegalArgumentException e) {
            session.fail(source.url(), "config", "source " + source.id() + ": " + e.getMessage());
            return session.result(List.of(), session.cursor(cursor));
        }
        return ListingWalk.walk(session, cursor, (page, s) -> parse(page, s, fields));
    }

    /** Compiles the selectors once per run; a missing item or a bad selector fails naming it. */
    private static Map<String, FieldSelector> fields(Map<String, String> sel) {
        if (sel.get("item") == null || sel.get("item").isBlank()) {
            throw new IllegalArgumentException("selectors.item is required for an html source");
        }
        Map<String, FieldSelector> out = new HashMap<>();
        for (Map.Entry<String, String> e : sel.entrySet()) {
            if (e.getKey().equals("date_format")) {
                continue;
            }
            try {
                out.put(e.getKey(), FieldSelector.of(e.getValue()));
            } catch (Selector.SelectorParseException ex) {
                throw new IllegalArgumentException("selectors." + e.getKey() + " is not a valid CSS selector: "
                        + ex.getMessage());
            }
        }
        if (sel.containsKey("date_format")) {
            try {
                java.time.format.DateTimeFormatter.ofPattern(sel.get("date_format"));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("selectors.date_format is not a date pattern: " + ex.getMessage());
            }
            out.put("date_format", new FieldSelector(sel.get("date_format"), null, null));
        }
        return out;
    }

    private static ListingWalk.Page parse(FetchResult page, CollectSession session, Map<String, FieldSelector> fields) {
        Document doc = Jsoup.parse(page.text(), page.finalUrl());
        List<Post> posts = new ArrayList<>();
        int index = 0;
        for (Element item : doc.select(fields.get("item").evaluator())) {
            index++;
            try {
                posts.add(post(item, page, session, fields));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                session.fail(page.finalUrl(), "parse", "item " + index + ": " + e.getMessage());
            }
        }
        String next = fields.containsKey("next") ? fields.get("next").url(doc) : null;
        return new ListingWalk.Page(posts, next == null || next.isBlank() ? null : next);
    }

    private static Post post(Element item, FetchResult page, CollectSession session, Map<String, FieldSelector> sel) {
        SourceConfig source = session.source();
        String text = sel.containsKey("text") ? sel.get("text").text(item) : HtmlText.of(item);
        String link = sel.containsKey("link") ? sel.get("link").url(item) : null;
        String nativeId = sel.containsKey("id") ? sel.get("id").value(item) : null;
        String author = sel.containsKey("author") ? sel.get("author").value(item) : null;
        Instant date = null;
        if (sel.containsKey("date")) {
            String raw = sel.get("date").dateValue(item);
            if (raw != null && !raw.isBlank()) {
                date = sel.containsKey("date_format") ? Dates.parse(raw, sel.get("date_format").css()) : Dates.parse(raw);
                if (date == null) {
                    throw new IllegalArgumentException("unreadable date '" + raw + "' (set selectors.date_format)");
                }
            }
        }
        if ((text == null || text.isBlank()) && link == null) {
            throw new IllegalArgumentException("item has neither text nor link");
        }
        String id = nativeId != null && !nativeId.isBlank() ? PostIds.of(source.platform(), nativeId)
                : link != null && !link.isBlank() ? PostIds.ofUrl(link)
                : PostIds.of(source.platform(), PostIds.sha256Hex(text.getBytes(StandardCharsets.UTF_8)).substring(0, 32));
        Post p = new Post(id, source.id(), source.platform(), link != null && !link.isBlank() ? link : page.finalUrl(),
                author, author, date, session.startedAt(), text, Map.of("page_url", page.finalUrl()), page.evidence());
        List<String> images = item.select(IMAGES).eachAttr("abs:src");
        return session.withMedia(p, images);
    }
}
