package org.tidewatch.crawler;

import java.util.List;
import org.tidewatch.core.Post;

/**
 * What one collector run found.
 *
 * @param posts      the posts, oldest first
 * @param nextCursor the cursor to store once the posts are safely indexed (the old one if nothing new)
 * @param failures   pages or posts that could not be read, with their reasons
 */
public record CollectResult(List<Post> posts, String nextCursor, List<CollectFailure> failures) {
    public CollectResult {
        posts = List.copyOf(posts == null ? List.of() : posts);
        failures = List.copyOf(failures == null ? List.of() : failures);
    }
}
