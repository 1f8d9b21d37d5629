package org.tidewatch.nlp.lang;

import java.util.Objects;

/**
 * A language decision for one post.
 *
 * @param code       ISO 639-1 code, or {@code und} when nothing could be decided
 * @param confidence 0..1, how clearly this language won over the next one
 * @param evidence   what decided it, in English (for reasons and debugging)
 */
public record LanguageGuess(String code, double confidence, String evidence) {
    /** Nothing to decide from (empty or letterless text). */
    public static final LanguageGuess UNDETERMINED = new LanguageGuess("und", 0.0, "no letters");

    public LanguageGuess {
        if (code == null || !(code.equals("und") || code.length() == 2 && Character.isLowerCase(code.charAt(0))
                && Character.isLowerCase(code.charAt(1)) && code.charAt(0) <= 'z' && code.charAt(1) <= 'z')) {
            throw new IllegalArgumentException("code must be ISO 639-1 or und: " + code);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
        Objects.requireNonNull(evidence, "evidence must not be null");
    }
}
