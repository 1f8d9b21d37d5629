package org.tidewatch.index.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reduces a post's text to comparable words: NFKD, lower case, accents and Arabic diacritics dropped,
 * Arabic-Indic digits as ASCII, Arabic/Persian letter variants unified, punctuation, emoji and URLs ignored.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /**
     * The FNV-1a hash (over UTF-16 chars) of each normalised word of the text, in order. Hashed as the words are read,
     * without making a string per word: the signature needs nothing else of them.
     */
    static long[] wordHashes(String text) {
        char[] s = lowerDecomposedChars(text);
        int length = s.length;
        long[] hashes = new long[16];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        int i = 0;
        while (i < length) {
            char c = s[i];
            if (c == 'h' && (startsWith(s, i, HTTP) || startsWith(s, i, HTTPS))) {
                while (i < length && !Character.isWhitespace(s[i])) {
                    i++;
                }
            } else if (c < STABLE_LIMIT) { // the same decisions as below, read from a table
                i++;
                byte kind = KIND[c];
                if (kind == SKIP) {
                    continue;
                }
                if (kind == WORD) {
                    h = (h ^ UNIFIED[c]) * FNV_PRIME;
                    inWord = true;
                    continue;
                }
            } else {
                int cp = Character.codePointAt(s, i, length);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || cp == 0x0640) {
                    continue; // accents, harakat, tatweel
                }
                if (Character.isLetterOrDigit(cp)) {
                    int u = unify(cp);
                    if (Character.isBmpCodePoint(u)) {
                        h = (h ^ u) * FNV_PRIME;
                    } else {
                        h = (h ^ Character.highSurrogate(u)) * FNV_PRIME;
                        h = (h ^ Character.lowSurrogate(u)) * FNV_PRIME;
                    }
                    inWord = true;
                    continue;
                }
            }
            if (inWord) { // a URL or a separator ends the word
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count + 1);
            }
            hashes[count++] = h;
        }
        return Arrays.copyOf(hashes, count);
    }

    private static final char[] HTTP = "http://".toCharArray();
    private static final char[] HTTPS = "https://".toCharArray();

    /** Whether the chars at {@code from} start with the prefix. */
    private static boolean startsWith(char[] s, int from, char[] prefix) {
        int to = from + prefix.length;
        return to <= s.length && Arrays.equals(s, from, to, prefix, 0, prefix.length);
    }

    /** Chars below this limit that NFKD leaves as they are (most of the alphabets posts are written in). */
    private static final int STABLE_LIMIT = 0x3000;
    private static final java.util.BitSet STABLE = new java.util.BitSet(STABLE_LIMIT);
    /** The lower-cased NFKD form of each char below the limit that NFKD changes (accented letters, ligatures …). */
    private static final char[][] DECOMPOSED = new char[STABLE_LIMIT][];
    /** Greek capital sigma: lower-cased by its neighbours (final ς or σ), so a text that holds it takes the JDK's path. */
    private static final char SIGMA = '\u03a3';

    private static final byte AS_IS = 0;
    private static final byte DECOMPOSED_FORM = 1;
    private static final byte BY_JDK = 2;
    /**
     * How each char below the limit is lower-cased and decomposed: {@link #AS_IS} (NFKD leaves it, then {@link #LOWER}),
     * {@link #DECOMPOSED_FORM} (from {@link #DECOMPOSED}), or {@link #BY_JDK} (capital sigma and the chars whose NFKD form
     * holds one: the whole text goes through the JDK's normaliser and lower case).
     */
    private static final byte[] FORM = new byte[STABLE_LIMIT];

    private static final byte SEPARATOR = 0;
    private static final byte SKIP = 1;
    private static final byte WORD = 2;
    /** What the words make of each char below the limit: a separator, skipped (a mark, tatweel), or a word char. */
    private static final byte[] KIND = new byte[STABLE_LIMIT];
    /** The char a word char is hashed as ({@link #unify}). */
    private static final char[] UNIFIED = new char[STABLE_LIMIT];
    /** Each char's lower case: what the JDK's root-locale lower case makes of it in a text without capital sigma. */
    private static final char[] LOWER = new char[STABLE_LIMIT];

    static {
        for (char c = 0; c < STABLE_LIMIT; c++) {
            LOWER[c] = Character.toLowerCase(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == 0x0640) {
                KIND[c] = SKIP;
            } else if (Character.isLetterOrDigit(c)) {
                KIND[c] = WORD;
                UNIFIED[c] = (char) unify(c); // digits and Arabic letters: all below the limit
            }
        }
        for (char c = 0; c < STABLE_LIMIT; c++) {
            String one = String.valueOf(c);
            if (Character.isSurrogate(c)) {
                continue;
            }
            String nfkd = Normalizer.normalize(one, Normalizer.Form.NFKD);
            if (nfkd.equals(one)) {
                STABLE.set(c);
            } else if (nfkd.indexOf(SIGMA) < 0) {
                char[] lower = nfkd.toCharArray();
                for (int i = 0; i < lower.length; i++) {
                    lower[i] = Character.toLowerCase(lower[i]);
                }
                DECOMPOSED[c] = lower;
            }
            FORM[c] = c == SIGMA ? BY_JDK : STABLE.get(c) ? AS_IS : DECOMPOSED[c] != null ? DECOMPOSED_FORM : BY_JDK;
        }
    }

    /**
     * NFKD and lower case. A text of chars that NFKD leaves alone is its own NFKD form but for the order of combining
     * marks, which the words skip anyway, so it skips the normaliser (a tenth of the signature's time otherwise); a text
     * whose other chars are all below {@code U+3000} is decomposed char by char from a table (NFKD decomposes each char
     * on its own and then only reorders marks) and lower-cased char by char (the JDK's root-locale lower case differs
     * from it only for capital sigma, whose texts take the JDK's path, and for dotted capital I, which decomposes first).
     */
    static String lowerDecomposed(String text) {
        return new String(lowerDecomposedChars(text));
    }

    /**
     * {@link #lowerDecomposed} as chars, in one pass over the text with one table look-up per char (the words are read
     * from these chars without a string of them).
     */
    private static char[] lowerDecomposedChars(String text) {
        int length = text.length();
        char[] out = new char[length + 16];
        int size = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            byte form = c < STABLE_LIMIT ? FORM[c] : BY_JDK;
            if (form == AS_IS) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[size++] = LOWER[c];
            } else if (form == DECOMPOSED_FORM) {
                char[] d = DECOMPOSED[c];
                if (size + d.length > out.length) {
                    out = Arrays.copyOf(out, out.length * 2 + d.length);
                }
                System.arraycopy(d, 0, out, size, d.length);
                size += d.length;
            } else {
                return Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT).toCharArray();
            }
        }
        return size == out.length ? out : Arrays.copyOf(out, size);
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
}
