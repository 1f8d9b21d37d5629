package org.tidewatch.nlp.match;

import java.text.Normalizer;

/**
 * Folds one word for matching: lower case, no Latin diacritics, ASCII digits, one form per Arabic-script
 * letter (alef variants, yeh/kaf forms of Persian, Urdu, Pashto and Kurdish, teh marbuta) and no tatweel,
 * harakat or zero-width joiners. Gazetteer and lexicon entries are folded the same way as the text.
 */
public final class Fold {
    private static final int TABLE = 0x3000;
    private static final String[] MAP = new String[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            MAP[c] = base((char) c);
        }
    }

    private Fold() {
    }

    private static String base(char c) {
        if (Character.isDigit(c)) {
            return String.valueOf((char) ('0' + Character.digit(c, 10)));
        }
        switch (c) {
            case 'İ', 'ı', 'I' -> { return "i"; }
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> { return "ا"; }
            case 'ى', 'ی', 'ې', 'ۍ', 'ے', 'ئ', 'ێ', 'ۓ' -> { return "ي"; }
            case 'ک', 'ڪ', 'ګ' -> { return c == 'ګ' ? "گ" : "ك"; }
            case 'ة', 'ۀ', 'ہ', 'ھ', 'ە', 'ۂ' -> { return "ه"; }
            case 'ؤ', 'ۆ', 'ۇ', 'ۈ', 'ۋ' -> { return "و"; }
            case 'ڵ' -> { return "ل"; }
            case 'ڕ' -> { return "ر"; }
            case 'ـ', '\u200c', '\u200d', '\u200b', '\u200e', '\u200f', '\u00ad', '\u2060', '\ufeff' -> { return ""; }
            case 'ß' -> { return "ss"; }
            case 'đ', 'Đ' -> { return "d"; }
            case 'ł', 'Ł' -> { return "l"; }
            case 'ø', 'Ø' -> { return "o"; }
            case '’', '‘', 'ʼ', '`', '´' -> { return "'"; }
            default -> { }
        }
        if (c >= 0x064B && c <= 0x065F || c == 0x0670) {
            return "";
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (Character.getType(x) != Character.NON_SPACING_MARK || isGeez(c)) {
                b.append(Character.toLowerCase(x));
            }
        }
        return b.toString();
    }

    private static boolean isGeez(char c) {
        return c >= 0x1200 && c <= 0x139F;
    }

    /** The folded form of {@code s}. */
    public static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c < TABLE) {
                b.append(MAP[c]);
            } else if (c == '\ufeff' || c >= 0xFE00 && c <= 0xFE0F) {
                continue;
            } else if (c >= 0xFB50 && c <= 0xFEFC) {
                // Arabic presentation forms: compatibility-decompose, then fold the base letters.
                b.append(fold(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC)));
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether {@code c} belongs to the Arabic script blocks (Arabic, Persian, Urdu, Pashto, Sorani). */
    public static boolean isArabicScript(char c) {
        return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFEFC;
    }
}
