package org.tidewatch.index.pivot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.EnrichedPost;

/**
 * Everything linked to one phone number, handle or author.
 *
 * @param kind      what was pivoted on
 * @param value     the value as normalised for the index (E.164 for phones)
 * @param total     number of posts linked to it
 * @param posts     the newest of those posts, newest first
 * @param firstSeen time of the oldest linked post (published, else collected); null when none
 * @param lastSeen  time of the newest linked post; null when none
 * @param platforms platform to number of posts
 * @param routes    route ({@code LY>IT}) to number of posts
 */
public record Pivot(PivotKind kind, String value, long total, List<EnrichedPost> posts, Instant firstSeen,
                    Instant lastSeen, Map<String, Long> platforms, Map<String, Long> routes) {
    public Pivot {
        posts = List.copyOf(posts);
        platforms = Map.copyOf(platforms);
        routes = Map.copyOf(routes);
    }
}
