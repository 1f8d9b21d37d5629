package org.tidewatch.nlp;

import org.tidewatch.core.Enrichment;

/** The enricher every entry point uses: normalise, language, phones, prices, routes, offer score. */
public final class StandardEnricher implements Enricher {
    @Override
    public Enrichment enrich(String text, EnrichHints hints) {
        // Placeholder until the NLP stages land (issue 5): language unknown, nothing found.
        return Enrichment.empty("und");
    }
}
