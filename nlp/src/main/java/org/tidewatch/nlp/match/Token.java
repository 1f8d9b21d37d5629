package org.tidewatch.nlp.match;

/**
 * One token of a text: a word (folded), or a piece of punctuation that matters to the grammars.
 *
 * @param kind   what the token is
 * @param folded folded word ({@link Fold}); for a flag the ISO country code; empty for punctuation
 * @param start  offset of its first char in the tokenised text
 * @param end    offset after its last char
 * @param suffix a suffix written after an apostrophe (Turkish {@code 'dan}), folded, or null
 * @param caps   0 lower case, 1 initial capital, 2 all capitals (words of two or more letters)
 * @param marked whether the word as written has a Latin letter with a diacritic (Vietnamese {@code đi}, {@code từ}
 *               as against Italian {@code di}, French {@code tu}, which fold to the same form)
 */
public record Token(Kind kind, String folded, int start, int end, String suffix, int caps, boolean marked) {
    /** A token whose letters carry no diacritic that matters for matching. */
    public Token(Kind kind, String folded, int start, int end, String suffix, int caps) {
        this(kind, folded, start, end, suffix, caps, false);
    }

    /** Token kinds. */
    public enum Kind {
        WORD, ARROW, ARROW_BACK, ARROW_BOTH, DASH, TIGHT_DASH, COMMA, SLASH, COLON, BREAK, FLAG
    }

    /** Whether this is a word token. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
