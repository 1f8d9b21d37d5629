package org.tidewatch.nlp.offer;

/**
 * One entry of the offer lexicon.
 *
 * @param id       stable id, e.g. {@code crossing.harga}
 * @param weight   log-odds it adds (negative for counter-evidence)
 * @param hint     category hint: sea, land, truck, air, doc, ferry or "-"
 * @param gloss    English explanation shown to analysts
 */
public record Indicator(String id, double weight, String hint, String gloss) {
    public Indicator {
        if (id == null || id.isBlank() || gloss == null || gloss.isBlank()) {
            throw new IllegalArgumentException("indicator needs an id and a gloss: " + id);
        }
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight of " + id + " must be finite: " + weight);
        }
    }
}
