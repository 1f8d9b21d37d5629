package org.tidewatch.nlp.normalise;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Turns a raw post into a {@link NormalisedText} that the extractors match against, keeping offsets.
 *
 * <p>Canonical forms (lexicons and patterns must be written in them, or passed through this class):
 * <ul>
 *   <li>Unicode NFKC, then lower case; every decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹, fullwidth, keycap
 *       emoji digits…) becomes ASCII {@code 0-9}.</li>
 *   <li>Arabic letters fold to the Arabic (not Persian) forms: أ إ آ ٱ → ا; ى ی ې ۍ ے ئ → ي; ة ۀ ہ ھ ە ۃ → ه;
 *       ک ڪ → ك; ؤ → و. Letters that only one language has (پ چ ژ گ ټ ښ ڕ ێ ۆ ڵ ٹ ں …) are kept.
 *       Harakat, Quranic marks and tatweel are removed.</li>
 *   <li>Zero-width and format characters (ZWJ, ZWNJ, bidi marks, soft hyphen) and variation selectors are
 *       removed; emoji and other symbols become spaces, except arrows: rightward → {@code →}, leftward →
 *       {@code ←}, two-way → {@code ↔}. Currency symbols are kept.</li>
 *   <li>Punctuation: ASCII kept; dashes → {@code -}; Arabic ، ؛ ؟ ٫ ٬ ٪ ۔ → , ; ? . , % .; Ethiopic ፡ → space,
 *       ። → ., ፣ → ,; curly single quotes → {@code '}; other quotes → {@code "}; any other punctuation → space.</li>
 *   <li>Runs of whitespace collapse to one space, or to {@code '\n'} when the run holds a line break.</li>
 * </ul>
 * Thread-safe and stateless.
 */
public final class TextNormaliser {
    private static final char[] ARROWS = buildArrows();
    private static final char[] LATIN_FOLD = buildLatinFold();

    /** Normalises {@code text}; never throws for a non-null text. */
    public NormalisedText normalise(String text) {
        Objects.requireNonNull(text, "text must not be null");
        Builder out = new Builder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            // A cluster is a base character with the marks and selectors that follow it.
            while (end < n) {
                int next = text.codePointAt(end);
                if (!isAttached(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
            if (end == i + Character.charCount(cp) && !needsNfkc(cp)) {
                emit(out, cp, i, end);
            } else {
                String nfkc = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC);
                for (int k = 0; k < nfkc.length(); ) {
                    int c = nfkc.codePointAt(k);
                    emit(out, c, i, end);
                    k += Character.charCount(c);
                }
            }
            i = end;
        }
        return out.build();
    }

    private static boolean isAttached(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D;
    }

    private static boolean needsNfkc(int cp) {
        if (cp < 0xA0) {
            return false;
        }
        if (cp >= 0xC0 && cp <= 0x17F) {
            return cp == 0x132 || cp == 0x133 || cp == 0x13F || cp == 0x140 || cp == 0x149 || cp == 0x17F;
        }
        if (cp >= 0x400 && cp <= 0x52F) {
            return false;
        }
        if (cp >= 0x600 && cp <= 0x6FF) {
            return cp >= 0x675 && cp <= 0x678;
        }
        return !(cp >= 0x1200 && cp <= 0x137F);
    }

    private static void emit(Builder out, int cp, int start, int end) {
        if (cp < 0x80) {
            if (cp == '\n' || cp == '\r') {
                out.space('\n', start, end);
            } else if (cp == ' ' || cp == '\t' || cp == 0x0B || cp == 0x0C) {
                out.space(' ', start, end);
            } else if (cp < 0x20 || cp == 0x7F) {
                out.space(' ', start, end);
            } else {
                out.add((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp), start, end);
            }
            return;
        }
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            out.add((char) ('0' + Character.digit(cp, 10)), start, end);
            return;
        }
        char arabic = foldArabic(cp);
        if (arabic != 0) {
            if (arabic != 1) {
                out.add(arabic, start, end);
            }
            return;
        }
        if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            out.space('\n', start, end);
            return;
        }
        switch (type) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED ->
                    out.space(' ', start, end);
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT -> {
                // Dropped: accents that did not compose, keycap frames, ZWJ/ZWNJ, bidi marks, selectors.
            }
            case Character.DASH_PUNCTUATION -> out.add('-', start, end);
            case Character.CURRENCY_SYMBOL -> out.add((char) cp, start, end);
            case Character.OTHER_SYMBOL, Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL -> {
                char arrow = cp < ARROWS.length ? ARROWS[cp] : 0;
                if (arrow != 0) {
                    out.add(arrow, start, end);
                } else if (type == Character.MATH_SYMBOL && cp == 0x2212) {
                    out.add('-', start, end);
                } else {
                    out.space(' ', start, end);
                }
            }
            case Character.OTHER_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION -> {
                char p = punctuation(cp);
                if (p == ' ') {
                    out.space(' ', start, end);
                } else {
                    out.add(p, start, end);
                }
            }
            default -> {
                int lower = Character.toLowerCase(cp);
                if (Character.isBmpCodePoint(lower)) {
                    out.add((char) lower, start, end);
                } else {
                    out.add(Character.highSurrogate(lower), start, end);
                    out.add(Character.lowSurrogate(lower), start, end);
                }
            }
        }
    }

    /** The canonical Arabic letter for {@code cp}; 1 when it is dropped; 0 when it is not an Arabic variant. */
    private static char foldArabic(int cp) {
        if (cp < 0x622 || cp > 0x6ED) {
            return 0;
        }
        return switch (cp) {
            case 0x622, 0x623, 0x625, 0x671, 0x672, 0x673 -> '\u0627';
            case 0x649, 0x6CC, 0x6D0, 0x6CD, 0x6D2, 0x6D3, 0x626 -> '\u064A';
            case 0x629, 0x6C0, 0x6C1, 0x6BE, 0x6D5, 0x6C3, 0x6C2 -> '\u0647';
            case 0x6A9, 0x6AA -> '\u0643';
            case 0x624 -> '\u0648';
            case 0x640, 0x670 -> 1;
            default -> (cp >= 0x64B && cp <= 0x65F) || (cp >= 0x6D6 && cp <= 0x6ED && cp != 0x6E5 && cp != 0x6E6)
                    ? (char) 1 : 0;
        };
    }

    private static char punctuation(int cp) {
        return switch (cp) {
            case 0x060C, 0x066C, 0x1363, 0x3001, 0x201A -> ',';
            case 0x061B, 0x1364 -> ';';
            case 0x061F, 0x1367 -> '?';
            case 0x066B, 0x06D4, 0x1362, 0x3002 -> '.';
            case 0x066A -> '%';
            case 0x1365, 0x1366 -> ':';
            case 0x2018, 0x2019, 0x2032, 0x02BC -> '\'';
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB, 0x2033 -> '"';
            case 0x2044 -> '/';
            default -> ' ';
        };
    }

    private static char[] buildArrows() {
        char[] table = new char[0x2C00];
        for (int cp = 0x2190; cp < table.length; cp++) {
            if (!(cp <= 0x21FF || (cp >= 0x27A1 && cp <= 0x27BF) || (cp >= 0x27F0 && cp <= 0x27FF)
                    || (cp >= 0x2900 && cp <= 0x297F) || (cp >= 0x2B00 && cp <= 0x2BFF))) {
                continue;
            }
            String name = Character.getName(cp);
            if (name == null || !name.contains("ARROW") && !name.contains("HARPOON")) {
                continue;
            }
            boolean right = name.contains("RIGHT");
            boolean left = name.contains("LEFT");
            if (right && left) {
                table[cp] = '↔';
            } else if (right) {
                table[cp] = '→';
            } else if (left) {
                table[cp] = '←';
            }
        }
        return table;
    }

    private static char[] buildLatinFold() {
        char[] table = new char[0x250];
        for (int c = 0; c < table.length; c++) {
            String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = d.charAt(0);
            table[c] = base < 0x80 && Character.isLetter(base) && c >= 0x80 ? base : (char) c;
        }
        table[0x131] = 'i';
        table[0xF8] = 'o';
        table[0x111] = 'd';
        table[0x142] = 'l';
        table[0x127] = 'h';
        return table;
    }

    static char fold(char c) {
        return c < LATIN_FOLD.length ? LATIN_FOLD[c] : c;
    }

    /** Accumulates normalised characters with their original spans, collapsing whitespace runs. */
    private static final class Builder {
        private final String original;
        private final StringBuilder text;
        private int[] starts;
        private int[] ends;

        Builder(String original) {
            this.original = original;
            this.text = new StringBuilder(original.length());
            this.starts = new int[original.length() + 8];
            this.ends = new int[original.length() + 8];
        }

        void add(char c, int start, int end) {
            int n = text.length();
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2 + 8);
                ends = java.util.Arrays.copyOf(ends, n * 2 + 8);
            }
            text.append(c);
            starts[n] = start;
            ends[n] = end;
        }

        void space(char c, int start, int end) {
            int n = text.length();
            if (n > 0) {
                char last = text.charAt(n - 1);
                if (last == ' ' || last == '\n') {
                    if (c == '\n') {
                        text.setCharAt(n - 1, '\n');
                    }
                    ends[n - 1] = end;
                    return;
                }
            }
            add(c, start, end);
        }

        NormalisedText build() {
            int n = text.length();
            char[] folded = new char[n];
            for (int i = 0; i < n; i++) {
                folded[i] = fold(text.charAt(i));
            }
            return new NormalisedText(original, text.toString(), new String(folded),
                    java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
        }
    }
}
