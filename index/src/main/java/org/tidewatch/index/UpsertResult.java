package org.tidewatch.index;

import java.util.List;
import java.util.Map;

/**
 * What an upsert did.
 *
 * @param indexed  number of posts added or replaced
 * @param groups   post id to its near-duplicate group id, for every indexed post
 * @param failures the posts that could not be indexed, with the reason (the others were indexed)
 */
public record UpsertResult(int indexed, Map<String, String> groups, List<Failure> failures) {
    /** A post that could not be indexed. */
    public record Failure(String postId, String reason) {
    }

    public UpsertResult {
        groups = Map.copyOf(groups);
        failures = List.copyOf(failures);
    }
}
