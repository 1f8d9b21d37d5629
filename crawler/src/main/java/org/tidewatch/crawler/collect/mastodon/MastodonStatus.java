package org.tidewatch.crawler.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.collect.CollectSession;
import org.tidewatch.crawler.collect.Dates;
import org.tidewatch.crawler.collect.HtmlText;
import org.tidewatch.crawler.fetch.FetchResult;

/** Turns one Mastodon status (JSON) into a post; a boost becomes the boosted status, noting who boosted it. */
final class MastodonStatus {
    /** The post, its status id for paging and the image URLs to fetch. */
    record Parsed(String statusId, Post post, List<String> media) {
    }

    private MastodonStatus() {
    }

    static Parsed parse(JsonNode status, String host, FetchResult page, CollectSession session) {
        String statusId = text(status, "id");
        if (statusId == null || !statusId.matches("\\d+")) {
            throw new IllegalArgumentException("no numeric id");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode shown = status;
        JsonNode reblog = status.get("reblog");
        if (reblog != null && reblog.isObject()) {
            attributes.put("boosted_by", text(status.path("account"), "acct"));
            shown = reblog;
        }
        JsonNode account = shown.path("account");
        putIfPresent(attributes, "account_id", text(account, "id"));
        putIfPresent(attributes, "account_url", text(account, "url"));
        putIfPresent(attributes, "language", text(shown, "language"));
        putIfPresent(attributes, "in_reply_to_id", text(shown, "in_reply_to_id"));
        putIfPresent(attributes, "replies_count", text(shown, "replies_count"));
        putIfPresent(attributes, "reblogs_count", text(shown, "reblogs_count"));
        putIfPresent(attributes, "favourites_count", text(shown, "favourites_count"));
        List<String> tags = new ArrayList<>();
        shown.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        if (!tags.isEmpty()) {
            attributes.put("tags", String.join(" ", tags));
        }
        String warning = text(shown, "spoiler_text");
        String body = HtmlText.ofFragment(text(shown, "content"));
        String text = warning == null || warning.isBlank() ? body : warning + "\n\n" + body;
        List<String> media = new ArrayList<>();
        for (JsonNode m : shown.path("media_attachments")) {
            if ("image".equals(text(m, "type")) && text(m, "url") != null) {
                media.add(text(m, "url"));
            }
        }
        SourceConfig source = session.source();
        String url = text(shown, "url") != null ? text(shown, "url") : text(shown, "uri");
        Post post = new Post(PostIds.of(source.platform(), host + "/" + (text(shown, "id") == null ? statusId : text(shown, "id"))), source.id(), source.platform(), url,
                text(account, "acct"), text(account, "display_name"), Dates.parse(text(shown, "created_at")),
                session.startedAt(), text, attributes, page.evidence());
        return new Parsed(statusId, post, media);
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
