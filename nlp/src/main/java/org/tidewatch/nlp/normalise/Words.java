package org.tidewatch.nlp.normalise;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into words: runs of letters and digits, plus any characters a caller allows inside. */
public final class Words {
    private Words() {
    }

    /**
     * The words of {@code s} in order.
     *
     * @param inner characters that belong to a word besides letters and digits (e.g. {@code "'-"}), may be empty
     */
    public static List<String> split(String s, String inner) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(s.charAt(i), inner)) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i), inner)) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c, String inner) {
        return Character.isLetterOrDigit(c) || inner.indexOf(c) >= 0;
    }
}
