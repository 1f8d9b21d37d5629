package org.tidewatch.nlp.offer;

import java.util.BitSet;
import java.util.function.IntPredicate;

/** Which parts of a normalised text stand inside quotation marks (the normaliser makes every quote {@code "}). */
public final class Quotes {
    /** Quotes longer than this are not a quoted slogan but a stray mark. */
    private static final int MAX_QUOTE = 120;

    private Quotes() {
    }

    /** A test for offsets of {@code text} inside a pair of {@code "} or « » on one line. */
    public static IntPredicate in(String text) {
        BitSet inside = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '"' || c == '«' || c == '»' || c == '“' || c == '”') {
                if (open >= 0 && i - open <= MAX_QUOTE && c != '«' && c != '“') {
                    inside.set(open + 1, i);
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
        return inside::get;
    }
}
