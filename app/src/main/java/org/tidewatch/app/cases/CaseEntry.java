package org.tidewatch.app.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * One post in a case, with the investigator's note.
 *
 * @param postId  the post's stable id
 * @param note    why it is in the case (may be empty)
 * @param addedBy user who added it
 * @param addedAt when it was added (or its note last changed)
 */
public record CaseEntry(String postId, String note, String addedBy, Instant addedAt) {
    public CaseEntry {
        if (postId == null || postId.isBlank()) {
            throw new IllegalArgumentException("postId must not be blank");
        }
        note = note == null ? "" : note;
        Objects.requireNonNull(addedBy, "addedBy of " + postId);
        Objects.requireNonNull(addedAt, "addedAt of " + postId);
    }
}
