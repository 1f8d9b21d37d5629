package org.tidewatch.rules.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;

/**
 * Turns an enriched post into the offer observations the statistics count: one per route it offers (country pair
 * and place pair), under its author and near-duplicate group. Non-offers and offers without a route count nothing.
 */
public final class OfferObservations {
    private final DuplicateKey duplicates;
    private final RouteStatsStore stats;
    private final EurRates rates;

    public OfferObservations(DuplicateKey duplicates, RouteStatsStore stats, EurRates rates) {
        this.duplicates = duplicates;
        this.stats = stats;
        this.rates = rates;
    }

    /** The observations of one post (empty for non-offers). */
    public List<OfferObservation> of(EnrichedPost ep) {
        if (!ep.enrichment().isOffer() || ep.enrichment().routes().isEmpty()) {
            return List.of();
        }
        Post p = ep.post();
        byte[] signature = duplicates.signature(p.text());
        // Authors are per platform; a post without an author counts as its own author.
        String author = p.author() == null || p.author().isBlank()
                ? "anon:" + p.id()
                : p.platform().toLowerCase(Locale.ROOT) + ":" + p.author().strip().toLowerCase(Locale.ROOT);
        String group = stats.groupOf(author, p.id(), signature);
        Double eur = null;
        for (Price price : ep.enrichment().prices()) {
            OptionalDouble converted = rates.toEur(price);
            if (converted.isPresent()) {
                eur = converted.getAsDouble();
                break;
            }
        }
        Instant at = p.publishedAt() == null ? p.collectedAt() : p.publishedAt();
        Set<RouteKey> keys = new LinkedHashSet<>();
        for (Route r : ep.enrichment().routes()) {
            keys.addAll(RouteKey.of(r));
        }
        List<OfferObservation> out = new ArrayList<>(keys.size());
        for (RouteKey key : keys) {
            out.add(new OfferObservation(p.id(), key, author, group, signature, eur, at));
        }
        return out;
    }
}
