package org.tidewatch.nlp;

import org.tidewatch.core.Enrichment;

/**
 * Finds offers, prices, routes, phones and handles in a post's text, with the reasons for its decision.
 * Never throws on any input text; thread-safe.
 */
public interface Enricher {
    /**
     * @param text  the post text (may be empty)
     * @param hints what the source knows about the post (platform, phone region); never null
     */
    Enrichment enrich(String text, EnrichHints hints);
}
