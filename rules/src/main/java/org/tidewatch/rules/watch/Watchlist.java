package org.tidewatch.rules.watch;

import java.time.Instant;
import java.util.List;

/**
 * A saved query whose matches raise WATCHLIST alerts.
 *
 * @param id        stable id
 * @param owner     who owns it (a user name)
 * @param name      unique name, e.g. {@code phone-ring-7}
 * @param query     the query in the Tidewatch query language
 * @param targets   delivery targets ({@code webhook:https://…}, {@code email:someone@example.org}); empty: in-app only
 * @param createdAt when it was saved
 */
public record Watchlist(String id, String owner, String name, String query, List<String> targets, Instant createdAt) {
    public Watchlist {
        requireText(id, "id");
        requireText(owner, "owner");
        requireText(name, "name");
        requireText(query, "query");
        if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("watchlist name must be at most 200 printable characters: " + name);
        }
        targets = List.copyOf(targets == null ? List.of() : targets);
        if (createdAt == null) {
            throw new IllegalArgumentException("createdAt of watchlist " + name + " must not be null");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("watchlist " + field + " must not be blank");
        }
    }
}
