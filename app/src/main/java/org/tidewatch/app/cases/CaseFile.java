package org.tidewatch.app.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A named investigation that posts are collected into.
 *
 * @param id        database id
 * @param name      the name investigators know it by, unique
 * @param createdBy user who opened it
 * @param createdAt when it was opened
 * @param postCount number of posts in it
 */
public record CaseFile(long id, String name, String createdBy, Instant createdAt, int postCount) {
    public CaseFile {
        CaseNames.check(name);
        Objects.requireNonNull(createdBy, "createdBy of case " + name);
        Objects.requireNonNull(createdAt, "createdAt of case " + name);
        if (postCount < 0) {
            throw new IllegalArgumentException("postCount must not be negative: " + postCount);
        }
    }
}
