package org.tidewatch.index.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces a post's text to comparable words: NFKC, lower case, accents and Arabic diacritics dropped,
 * Arabic-Indic digits as ASCII, Arabic/Persian letter variants unified, punctuation, emoji and URLs ignored.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    /** The words of the text, normalised, in order. */
    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("http", i) && (s.startsWith("http://", i) || s.startsWith("https://", i))) {
                flush(word, words);
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                continue;
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == 0x0640) {
                continue; // accents, harakat, tatweel
            }
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(unify(cp));
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static int unify(int cp) {
        if (Character.isDigit(cp)) {
            return '0' + Character.digit(cp, 10);
        }
        return switch (cp) {
            case 0x0622, 0x0623, 0x0625, 0x0671 -> 0x0627; // alef variants
            case 0x0649, 0x06CC, 0x064A -> 0x064A;         // yeh variants (Arabic/Persian)
            case 0x06A9 -> 0x0643;                          // keheh -> kaf
            case 0x0629 -> 0x0647;                          // teh marbuta -> heh
            default -> cp;
        };
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
