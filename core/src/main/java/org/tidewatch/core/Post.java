package org.tidewatch.core;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One collected public post or advert, as captured, before enrichment.
 *
 * @param id          stable id: {@code platform:nativeId}, or {@code url:<sha256 of canonical URL>} (see {@link PostIds})
 * @param sourceId    id of the configured source that collected it ({@code ingest} for imports)
 * @param platform    telegram, mastodon, rss, html, facebook, classifieds, … (see DESIGN.md)
 * @param url         public URL of the post, or null when none is known
 * @param author      stable author handle or id (null when unknown)
 * @param authorName  display name (null when unknown)
 * @param publishedAt when the post was published (null when the page does not say)
 * @param collectedAt when Tidewatch captured it
 * @param text        the post's text, line breaks kept
 * @param attributes  extra facts from the page (views, forwarded_from, channel_id, media urls …)
 * @param evidence    where the captured bytes are kept (null only before the evidence store has written them)
 */
public record Post(String id, String sourceId, String platform, String url, String author, String authorName,
                   Instant publishedAt, Instant collectedAt, String text, Map<String, String> attributes,
                   EvidenceRef evidence) {
    public Post {
        requireText(id, "id");
        requireText(sourceId, "sourceId");
        requireText(platform, "platform");
        Objects.requireNonNull(collectedAt, "collectedAt must not be null (post " + id + ")");
        text = text == null ? "" : text;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** A copy of this post that points to its evidence. */
    public Post withEvidence(EvidenceRef ref) {
        return new Post(id, sourceId, platform, url, author, authorName, publishedAt, collectedAt, text, attributes, ref);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
