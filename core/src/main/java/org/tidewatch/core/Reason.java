package org.tidewatch.core;

/**
 * One piece of evidence behind an offer decision, readable by someone who does not know the post's language.
 *
 * @param indicator stable indicator id, e.g. {@code crossing.harga}
 * @param matched   the text that matched, in the original script
 * @param gloss     English explanation, e.g. "irregular crossing (Maghrebi)"
 * @param weight    contribution to the score (negative for counter-evidence)
 */
public record Reason(String indicator, String matched, String gloss, double weight) {
    public Reason {
        Post.requireText(indicator, "indicator");
        Post.requireText(gloss, "gloss");
        matched = matched == null ? "" : matched;
    }

    /** "حرقة = irregular crossing (Maghrebi)". */
    public String display() {
        return matched.isEmpty() ? gloss : matched + " = " + gloss;
    }
}
