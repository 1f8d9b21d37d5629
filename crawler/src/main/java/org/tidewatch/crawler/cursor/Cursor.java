package org.tidewatch.crawler.cursor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a source's previous run stopped: the newest native id and date seen, the validators of the first page, and
 * the ids of the newest posts (for listings whose ids have no order). Stored as a small JSON string.
 *
 * @param lastId       newest native id collected (numeric for telegram and mastodon), null when none
 * @param lastDate     newest publication date collected, null when none
 * @param etag         ETag of the first page, null when the server sent none
 * @param lastModified Last-Modified of the first page, null when the server sent none
 * @param seen         ids of the newest posts collected, newest first, at most {@link #MAX_SEEN}
 */
public record Cursor(String lastId, Instant lastDate, String etag, String lastModified, List<String> seen) {
    /** How many recent ids a cursor remembers. */
    public static final int MAX_SEEN = 200;
    /** The cursor of a source never collected. */
    public static final Cursor EMPTY = new Cursor(null, null, null, null, List.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    public Cursor {
        seen = seen == null ? List.of() : List.copyOf(seen.subList(0, Math.min(seen.size(), MAX_SEEN)));
    }

    /** Whether nothing was ever collected. */
    public boolean isEmpty() {
        return lastId == null && lastDate == null && seen.isEmpty() && etag == null && lastModified == null;
    }

    /** Reads a stored cursor; null or blank gives {@link #EMPTY}; an unreadable one fails naming it. */
    public static Cursor parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EMPTY;
        }
        try {
            JsonNode n = JSON.readTree(stored);
            List<String> seen = new ArrayList<>();
            n.path("seen").forEach(s -> seen.add(s.asText()));
            String date = text(n, "last_date");
            return new Cursor(text(n, "last_id"), date == null ? null : Instant.parse(date), text(n, "etag"),
                    text(n, "last_modified"), seen);
        } catch (JsonProcessingException | DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable crawl cursor '" + stored + "': " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The JSON form stored in the database. */
    public String encode() {
        ObjectNode n = JSON.createObjectNode();
        n.put("last_id", lastId);
        n.put("last_date", lastDate == null ? null : lastDate.toString());
        n.put("etag", etag);
        n.put("last_modified", lastModified);
        ArrayNode a = n.putArray("seen");
        seen.forEach(a::add);
        return n.toString();
    }

    /** The cursor after a run that collected these ids (newest first) up to this id and date, with these validators. */
    public Cursor advance(String newLastId, Instant newLastDate, String newEtag, String newLastModified,
                          List<String> newestFirstIds) {
        Set<String> merged = new LinkedHashSet<>(newestFirstIds);
        merged.addAll(seen);
        Instant date = lastDate == null || (newLastDate != null && newLastDate.isAfter(lastDate)) ? newLastDate : lastDate;
        return new Cursor(newLastId != null ? newLastId : lastId, date, newEtag, newLastModified, new ArrayList<>(merged));
    }
}
