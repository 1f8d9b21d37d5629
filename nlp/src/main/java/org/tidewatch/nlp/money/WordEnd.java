package org.tidewatch.nlp.money;

/**
 * Where a word of the money lexicon's kind ends in normalised text: the price tokenizer's words and the unit the phone
 * extractor looks for after a number are read with it, so both see the same word.
 */
public final class WordEnd {
    private WordEnd() {
    }

    /**
     * The end (exclusive) of the word starting at {@code from}: letters and vowel signs (Bengali টাকা, Devanagari
     * लाख are marks, not letters, but belong to the word), an apostrophe only between letters ("dinar's"); it stops
     * at anything else, a space or a line break included. {@code from} itself when no word starts there.
     */
    public static int of(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && (Character.isLetter(s.charAt(i)) || isMark(s.charAt(i))
                || s.charAt(i) == '\'' && i > from && i + 1 < n && Character.isLetter(s.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
