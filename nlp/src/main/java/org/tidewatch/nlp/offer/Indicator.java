package org.tidewatch.nlp.offer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One entry of the offer lexicon.
 *
 * @param id     stable id, e.g. {@code crossing.harga}
 * @param weight log-odds it adds (negative for counter-evidence)
 * @param hints  what the entry says besides its weight, any of {@link #HINTS}: a category hint (sea, land, truck,
 *               river, air, doc, ferry), {@code minor} (its category hint supports a category but does not decide
 *               it: a flight, the word passport), {@code weak} (an ambiguous counter-word) or {@code noroute} (an
 *               advert whose countries are no journey); empty for none. An entry may have several: a look-alike passport is a
 *               document sold ({@code doc}) for a flight ({@code air})
 * @param gloss  English explanation shown to analysts
 */
public record Indicator(String id, double weight, List<String> hints, String gloss) {
    /** The hints an indicator may carry. */
    public static final Set<String> HINTS = Set.of("sea", "land", "truck", "river", "air", "doc", "ferry", "minor", "weak",
            OfferEvidence.NO_ROUTE);

    public Indicator {
        if (id == null || id.isBlank() || gloss == null || gloss.isBlank()) {
            throw new IllegalArgumentException("indicator needs an id and a gloss: " + id);
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight of " + id + " must be finite: " + weight);
        }
        if (hints == null) {
            throw new IllegalArgumentException("hints of " + id + " must not be null");
        }
        hints = List.copyOf(hints);
        Set<String> seen = new HashSet<>();
        for (String h : hints) {
            if (!HINTS.contains(h)) {
                throw new IllegalArgumentException("hint of " + id + " must be one of " + HINTS + " or -: " + h);
            }
            if (!seen.add(h)) {
                throw new IllegalArgumentException("hint of " + id + " is given twice: " + h);
            }
        }
    }

    /** Reads the lexicon's hint column: hints separated by commas ({@code air,doc}), or {@code -} for none. */
    public static List<String> parseHints(String column) {
        String c = column.strip();
        return c.equals("-") ? List.of() : List.of(c.split("\\s*,\\s*", -1));
    }

    /** Whether {@code hint} is one of this entry's hints. */
    public boolean hasHint(String hint) {
        return hints.contains(hint);
    }
}
