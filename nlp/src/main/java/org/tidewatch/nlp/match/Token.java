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
 */
public record Token(Kind kind, String folded, int start, int end, String suffix, int caps) {
    /** Token kinds. */
    public enum Kind {
        WORD, ARROW, ARROW_BACK, ARROW_BOTH, DASH, TIGHT_DASH, COMMA, SLASH, COLON, BREAK, FLAG
    }

    /** Whether this is a word token. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }
}
