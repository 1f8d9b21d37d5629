package org.tidewatch.index;

import org.tidewatch.core.EnrichedPost;

/**
 * One search result.
 *
 * @param post      the post and its enrichment, as indexed
 * @param snippet   highlighted fragment of the text, HTML-escaped with {@code <mark>} around matches
 * @param relevance the ranking score
 */
public record SearchHit(EnrichedPost post, String snippet, double relevance) {
}
