package org.tidewatch.crawler.collect.rss;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
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
 * Collects RSS 2.0 and Atom feeds, parsed leniently with Jsoup's XML parser. Older pages are followed through a
 * {@code <link rel="next">} (RFC 5005 paged feeds, in Atom or as {@code atom:link} in RSS). Post ids: the guid or
 * Atom id, else the hash of the item's link.
 */
public final class RssCollector implements Collector {
    private final Fetcher fetcher;

    public RssCollector(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public CollectResult collect(SourceConfig source, String cursor) {
        return ListingWalk.walk(new CollectSession(fetcher, source), cursor, RssCollector::parse);
    }

    private static ListingWalk.Page parse(FetchResult page, CollectSession session) {
        Document doc = Jsoup.parse(page.text(), page.finalUrl(), Parser.xmlParser());
        Element root = doc.children().stream().filter(e -> !e.normalName().startsWith("?")).findFirst().orElse(null);
        boolean atom = root != null && root.normalName().equals("feed");
        List<Element> items = atom ? children(root, "entry") : root == null ? List.of()
                : root.select("item").stream().toList();
        if (root == null || (!atom && !root.normalName().equals("rss") && !root.normalName().endsWith("rdf"))) {
            session.fail(page.finalUrl(), "parse", "not an RSS or Atom feed (root element "
                    + (root == null ? "missing" : "<" + root.tagName() + ">") + ")");
            return new ListingWalk.Page(List.of(), null);
        }
        List<Post> posts = new ArrayList<>();
        int index = 0;
        for (Element item : items) {
            index++;
            try {
                posts.add(atom ? atomEntry(item, page, session) : rssItem(item, page, session));
            } catch (IllegalArgumentException e) {
                session.fail(page.finalUrl(), "parse", (atom ? "entry " : "item ") + index + ": " + e.getMessage());
            }
        }
        return new ListingWalk.Page(posts, nextLink(atom ? root : root.selectFirst("channel"), page.finalUrl()));
    }

    private static Post rssItem(Element item, FetchResult page, CollectSession session) {
        String link = childText(item, "link");
        String guid = childText(item, "guid");
        String author = firstNonBlank(childText(item, "dc:creator"), childText(item, "author"));
        String body = firstNonBlank(childText(item, "content:encoded"), childText(item, "description"));
        List<String> media = new ArrayList<>();
        for (Element e : item.children()) {
            String type = e.attr("type");
            if ((e.normalName().equals("enclosure") && type.startsWith("image/"))
                    || (e.normalName().equals("media:content") && (type.isEmpty() || type.startsWith("image/")))) {
                media.add(absolute(e.attr("url"), page.finalUrl()));
            }
        }
        return post(session, page, guid, link, author, childText(item, "title"), body, Dates.parse(childText(item, "pubDate")),
                media);
    }

    private static Post atomEntry(Element entry, FetchResult page, CollectSession session) {
        String link = null;
        List<String> media = new ArrayList<>();
        for (Element l : children(entry, "link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                link = link == null ? absolute(l.attr("href"), page.finalUrl()) : link;
            } else if (rel.equals("enclosure") && l.attr("type").startsWith("image/")) {
                media.add(absolute(l.attr("href"), page.finalUrl()));
            }
        }
        Element author = firstChild(entry, "author");
        String body = firstNonBlank(childText(entry, "content"), childText(entry, "summary"));
        Instant date = Dates.parse(firstNonBlank(childText(entry, "published"), childText(entry, "updated")));
        return post(session, page, childText(entry, "id"), link, author == null ? null : childText(author, "name"),
                childText(entry, "title"), body, date, media);
    }

    private static Post post(CollectSession session, FetchResult page, String guid, String link, String author,
                             String title, String bodyHtml, Instant date, List<String> media) {
        SourceConfig source = session.source();
        String text = joinTitle(title == null ? "" : HtmlText.ofFragment(title), HtmlText.ofFragment(bodyHtml));
        if (text.isBlank() && link == null) {
            throw new IllegalArgumentException("no title, text or link");
        }
        String id = guid != null && !guid.isBlank() ? PostIds.of(source.platform(), guid)
                : link != null && !link.isBlank() ? PostIds.ofUrl(link)
                : null;
        if (id == null) {
            throw new IllegalArgumentException("no guid, id or link to identify it");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("feed_url", page.finalUrl());
        if (title != null && !title.isBlank()) {
            attributes.put("title", HtmlText.ofFragment(title));
        }
        Post p = new Post(id, source.id(), source.platform(), link, author, author, date, session.startedAt(), text,
                attributes, page.evidence());
        return session.withMedia(p, media);
    }

    private static String joinTitle(String title, String body) {
        if (title.isBlank()) {
            return body;
        }
        return body.isBlank() || body.startsWith(title) ? (body.isBlank() ? title : body) : title + "\n\n" + body;
    }

    private static String nextLink(Element scope, String base) {
        if (scope == null) {
            return null;
        }
        for (Element l : scope.children()) {
            if ((l.normalName().equals("link") || l.normalName().endsWith(":link")) && l.attr("rel").equals("next")
                    && !l.attr("href").isBlank()) {
                return absolute(l.attr("href"), base);
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return parent.children().stream().filter(e -> e.normalName().equals(lower)).toList();
    }

    private static Element firstChild(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The text of a direct child; an Atom html/xhtml payload is returned as markup for HtmlText. */
    private static String childText(Element parent, String name) {
        Element e = firstChild(parent, name);
        if (e == null) {
            return null;
        }
        if (e.attr("type").equals("xhtml")) {
            return e.html();
        }
        String t = e.wholeText().strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String absolute(String href, String base) {
        try {
            return java.net.URI.create(base).resolve(href.strip()).toString();
        } catch (IllegalArgumentException e) {
            return href.strip();
        }
    }
}
