package org.tidewatch.core;

import java.util.List;
import java.util.Set;

/**
 * What the NLP stage found in a post.
 *
 * @param lang     ISO 639-1 code ({@code und} when unknown)
 * @param isOffer  whether the post itself offers smuggling or fraudulent documents
 * @param score    offer score in 0..1
 * @param category sea_crossing, land_crossing, air_crossing, documents; null for non-offers
 * @param reasons  indicators behind the decision, with English glosses
 * @param prices   prices in order of first appearance, each (amount, currency) once
 * @param routes   routes in order of appearance, without repeats
 * @param phones   E.164 phone numbers in order of first appearance
 * @param handles  contact handles such as {@code @user}
 */
public record Enrichment(String lang, boolean isOffer, double score, String category, List<Reason> reasons,
                         List<Price> prices, List<Route> routes, List<String> phones, List<String> handles) {
    /** The categories an offer can have. */
    public static final Set<String> CATEGORIES = Set.of("sea_crossing", "land_crossing", "air_crossing", "documents");

    public Enrichment {
        lang = lang == null || lang.isBlank() ? "und" : lang;
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in 0..1: " + score);
        }
        if (category != null && !CATEGORIES.contains(category)) {
            throw new IllegalArgumentException("unknown category: " + category);
        }
        if (!isOffer && category != null) {
            throw new IllegalArgumentException("a non-offer has no category, got " + category);
        }
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        prices = List.copyOf(prices == null ? List.of() : prices);
        routes = List.copyOf(routes == null ? List.of() : routes);
        phones = List.copyOf(phones == null ? List.of() : phones);
        handles = List.copyOf(handles == null ? List.of() : handles);
    }

    /** An enrichment that found nothing. */
    public static Enrichment empty(String lang) {
        return new Enrichment(lang, false, 0.0, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
