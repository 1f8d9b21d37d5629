package org.tidewatch.index.pivot;

import java.util.List;
import org.tidewatch.core.EnrichedPost;

/**
 * Everything known about one post.
 *
 * @param post           the post, its enrichment (prices, routes, phones, handles, reasons) and evidence reference
 * @param duplicateGroup its near-duplicate group
 * @param duplicateIds   ids of the other posts in the group (newest first, at most 100)
 * @param groupSize      number of posts in the group, itself included
 */
public record PostDetails(EnrichedPost post, String duplicateGroup, List<String> duplicateIds, int groupSize) {
    public PostDetails {
        duplicateIds = List.copyOf(duplicateIds);
    }
}
