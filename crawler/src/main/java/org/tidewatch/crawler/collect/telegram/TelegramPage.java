package org.tidewatch.crawler.collect.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.collect.CollectSession;
import org.tidewatch.crawler.collect.Dates;
import org.tidewatch.crawler.collect.HtmlText;
import org.tidewatch.crawler.fetch.FetchResult;

/** Parses one {@code t.me/s/<channel>} page into posts, oldest first as the page shows them. */
final class TelegramPage {
    private static final Pattern BACKGROUND_URL = Pattern.compile("background-image:\\s*url\\(['\"]?([^'\")]+)['\"]?\\)");
    // Parsed once: selectors given as strings are parsed again on every call.
    private static final Evaluator MESSAGE = QueryParser.parse("div.tgme_widget_message[data-post]");
    private static final Evaluator CHANNEL_TITLE = QueryParser.parse(".tgme_channel_info_header_title");
    private static final Evaluator CHANNEL_USERNAME = QueryParser.parse(".tgme_channel_info_header_username");
    private static final Evaluator FORWARDED = QueryParser.parse(".tgme_widget_message_forwarded_from_name");
    private static final Evaluator VIEWS = QueryParser.parse(".tgme_widget_message_views");
    private static final Evaluator OWNER = QueryParser.parse(".tgme_widget_message_owner_name");
    private static final Evaluator TIME = QueryParser.parse("a.tgme_widget_message_date time[datetime]");
    private static final Evaluator DATE_LINK = QueryParser.parse("a.tgme_widget_message_date[href]");
    private static final Evaluator PHOTO = QueryParser.parse("a.tgme_widget_message_photo_wrap[style]");
    private static final Evaluator TEXT = QueryParser.parse(".tgme_widget_message_text");
    private static final Evaluator REPLY = QueryParser.parse(".tgme_widget_message_reply");
    private static final Pattern PEER_ID = Pattern.compile("^c(\\d+)_");

    /** A post with its numeric message id, and the photo URLs to fetch. */
    record Message(long number, Post post, List<String> photos) {
    }

    private TelegramPage() {
    }

    static List<Message> parse(FetchResult page, CollectSession session) {
        Document doc = Jsoup.parse(page.text(), page.finalUrl());
        Map<String, String> channel = channelFacts(doc);
        List<Message> out = new ArrayList<>();
        int index = 0;
        for (Element m : doc.select(MESSAGE)) {
            index++;
            try {
                out.add(message(m, page, session, channel));
            } catch (IllegalArgumentException e) {
                session.fail(page.finalUrl(), "parse", "message " + index + " (" + m.attr("data-post") + "): "
                        + e.getMessage());
            }
        }
        return out;
    }

    /** The channel's title and username, from the page header when the page shows one. */
    private static Map<String, String> channelFacts(Document doc) {
        Map<String, String> facts = new LinkedHashMap<>();
        Element title = doc.selectFirst(CHANNEL_TITLE);
        if (title != null && !title.text().isBlank()) {
            facts.put("channel_title", title.text().strip());
        }
        Element username = doc.selectFirst(CHANNEL_USERNAME);
        if (username != null && !username.text().isBlank()) {
            facts.put("channel_username", username.text().strip().replaceFirst("^@", ""));
        }
        return facts;
    }

    private static Message message(Element m, FetchResult page, CollectSession session, Map<String, String> channel) {
        SourceConfig source = session.source();
        String dataPost = m.attr("data-post").strip();
        int slash = dataPost.lastIndexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("data-post is not channel/number");
        }
        long number;
        try {
            number = Long.parseLong(dataPost.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("data-post is not channel/number");
        }
        String username = dataPost.substring(0, slash);
        Map<String, String> attributes = new LinkedHashMap<>(channel);
        attributes.putIfAbsent("channel_username", username);
        Matcher peer = PEER_ID.matcher(m.attr("data-peer"));
        if (peer.find()) {
            attributes.put("channel_id", peer.group(1));
        }
        putText(attributes, "forwarded_from", m.selectFirst(FORWARDED));
        putText(attributes, "views", m.selectFirst(VIEWS));
        Element owner = m.selectFirst(OWNER);
        String ownerName = owner == null ? attributes.get("channel_title") : owner.text().strip();
        if (ownerName != null) {
            attributes.putIfAbsent("channel_title", ownerName);
        }
        Element time = m.selectFirst(TIME);
        Element dateLink = m.selectFirst(DATE_LINK);
        String url = dateLink != null ? dateLink.absUrl("href") : "https://t.me/" + dataPost;
        List<String> photos = new ArrayList<>();
        for (Element a : m.select(PHOTO)) {
            Matcher bg = BACKGROUND_URL.matcher(a.attr("style"));
            if (bg.find()) {
                photos.add(bg.group(1));
            }
        }
        Post post = new Post(PostIds.of(source.platform(), dataPost), source.id(), source.platform(), url, username,
                ownerName, time == null ? null : Dates.parse(time.attr("datetime")), session.startedAt(), text(m),
                attributes, page.evidence());
        return new Message(number, post, photos);
    }

    /** The message's own text; a quoted reply's text is not the message. */
    private static String text(Element m) {
        for (Element t : m.select(TEXT)) {
            if (t.closest(REPLY) == null) {
                return HtmlText.of(t);
            }
        }
        return "";
    }

    private static void putText(Map<String, String> attributes, String key, Element e) {
        if (e != null && !e.text().isBlank()) {
            attributes.put(key, e.text().strip());
        }
    }
}
