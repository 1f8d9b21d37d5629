package org.tidewatch.index;

import org.tidewatch.core.EnrichedPost;

/**
 * One search result.
 *
 * @param post           the post and its enrichment, as indexed
 * @param snippet        highlighted fragment of the text, HTML-escaped with {@code <mark>} around matches
 * @param relevance      the ranking score (NaN when sorted by time)
 * @param duplicateGroup id of the post's near-duplicate group (the id of its first post)
 * @param groupSize      how many indexed posts share that group (1: no near duplicates)
 */
public record SearchHit(EnrichedPost post, String snippet, double relevance, String duplicateGroup, int groupSize) {
    public SearchHit {
        duplicateGroup = duplicateGroup == null ? post.post().id() : duplicateGroup;
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize must be at least 1: " + groupSize);
        }
    }

    /** A hit that is its own group. */
    public SearchHit(EnrichedPost post, String snippet, double relevance) {
        this(post, snippet, relevance, null, 1);
    }
}
