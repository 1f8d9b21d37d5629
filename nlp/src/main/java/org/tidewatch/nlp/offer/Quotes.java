package org.tidewatch.nlp.offer;

import java.util.BitSet;
import java.util.function.IntPredicate;

/** Which parts of a normalised text stand inside quotation marks (the normaliser makes every quote {@code "}). */
public final class Quotes {
    /** Quotes longer than this are not a quoted slogan but a stray mark. */
    private static final int MAX_QUOTE = 120;

    private Quotes() {
    }

    /**
     * A test for offsets of {@code text} inside a pair of {@code "} or « » on one line, or of single quotes that
     * open before a word and close after one ('guaranteed crossing'), which apostrophes (l'Italie, İzmir'den) never do.
     */
    public static IntPredicate in(String text) {
        BitSet inside = new BitSet(text.length());
        int open = -1;
        int single = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                single = -1;
            } else if (c == '\'') {
                boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
                boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                if (!letterBefore && letterAfter) {
                    single = i;
                } else if (letterBefore && !letterAfter && single >= 0 && i - single <= MAX_QUOTE) {
                    inside.set(single + 1, i);
                    single = -1;
                }
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
