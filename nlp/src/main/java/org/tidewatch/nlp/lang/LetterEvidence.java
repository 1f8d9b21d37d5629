package org.tidewatch.nlp.lang;

import java.util.Map;

/**
 * Scores from letters that only some languages of a script use, read from the original text (before the
 * normaliser folds ی into ي or ک into ك).
 */
final class LetterEvidence {
    private static final int CAP = 6;

    private LetterEvidence() {
    }

    /** Adds letter evidence for Arabic-script languages to {@code scores}. */
    static void arabic(String original, Map<String, Double> scores) {
        int ar = 0;
        int fa = 0;
        int ps = 0;
        int ur = 0;
        int ku = 0;
        int alPrefix = 0;
        int arabicYeh = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            switch (c) {
                case 'ة', 'ى', 'ك', 'أ', 'إ' -> ar++;
                // Arabic yeh: Persian, Urdu and Sorani write ی, so it leans Arabic (Pashto shares it).
                case 'ي' -> arabicYeh++;
                case 'ی', 'ک' -> fa++;
                case 'ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ځ', 'څ', 'ې', 'ۍ', 'ګ', 'ڼ', 'ئ' -> ps += c == 'ئ' ? 0 : 1;
                case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ' -> ur++;
                case 'ێ', 'ۆ', 'ڵ', 'ڕ', 'ە' -> ku++;
                case 'ا' -> {
                    if (i + 1 < original.length() && original.charAt(i + 1) == 'ل'
                            && (i == 0 || !Character.isLetter(original.charAt(i - 1)))) {
                        alPrefix++;
                    }
                }
                default -> {
                }
            }
        }
        add(scores, "ar", 1.5 * Math.min(ar, CAP) + Math.min(alPrefix, CAP) + 0.75 * Math.min(arabicYeh, CAP));
        add(scores, "ps", 0.25 * Math.min(arabicYeh, CAP));
        // ی and ک are shared by Persian, Urdu, Pashto and Sorani; they only speak against Arabic.
        double persianLetters = Math.min(fa, CAP) * 0.5;
        add(scores, "fa", persianLetters);
        add(scores, "ur", persianLetters * 0.5 + 3.0 * Math.min(ur, CAP));
        add(scores, "ps", persianLetters * 0.5 + 3.0 * Math.min(ps, CAP));
        add(scores, "ku_arab", persianLetters * 0.5 + 3.0 * Math.min(ku, CAP));
    }

    /** Adds letter evidence for Latin-script languages to {@code scores}, from the lower-cased text. */
    static void latin(String text, Map<String, Double> scores) {
        int tr = 0;
        int ku = 0;
        int sq = 0;
        int sr = 0;
        int de = 0;
        int es = 0;
        int fr = 0;
        int vi = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '\u1EA0' && ch <= '\u1EF9' || ch == 'ư' || ch == 'ơ' || ch == 'ă') {
                // Vietnamese tone-marked vowels (Latin Extended Additional) and its horned/breve vowels.
                vi++;
                continue;
            }
            switch (ch) {
                case 'ı', 'ğ' -> tr++;
                case 'ê' -> ku += 2;
                // Kurmanji's î and û; French and Turkish use them only in a few words.
                case 'î', 'û' -> ku++;
                case 'ë' -> sq++;
                case 'ć', 'đ' -> sr += 2;
                case 'č', 'š', 'ž' -> sr++;
                case 'ä', 'ß' -> de++;
                case 'ñ', '¿', '¡' -> es++;
                case 'é', 'è', 'à', 'ù', 'œ' -> fr++;
                default -> {
                }
            }
        }
        if (vi >= 2) {
            // đ is Vietnamese as much as Serbian: with Vietnamese vowels around it, it says nothing for Serbian.
            add(scores, "vi", 2.0 * Math.min(vi, CAP));
            sr = Math.max(0, sr - 2 * (int) text.chars().filter(c -> c == 'đ').count());
        }
        add(scores, "tr", 2.0 * Math.min(tr, CAP));
        add(scores, "ku", 0.75 * Math.min(ku, 2 * CAP));
        add(scores, "sq", 1.5 * Math.min(sq, CAP));
        add(scores, "sr", 1.0 * Math.min(sr, CAP));
        add(scores, "de", 1.0 * Math.min(de, CAP));
        add(scores, "es", 1.5 * Math.min(es, CAP));
        add(scores, "fr", 0.5 * Math.min(fr, CAP));
    }

    /** Adds Arabizi evidence: words that use 2, 3, 5, 7 or 9 for Arabic sounds ("3la", "7arga", "ma9"). */
    static void arabizi(String text, Map<String, Double> scores) {
        int hits = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '2' || c == '3' || c == '5' || c == '7' || c == '9')
                    && (isLatinLetter(text, i - 1) || isLatinLetter(text, i + 1))
                    && !isDigit(text, i - 1) && !isDigit(text, i + 1)
                    && (isLatinLetter(text, i + 1) && isLatinLetter(text, i + 2) || isLatinLetter(text, i - 1)
                    && isLatinLetter(text, i + 1))
                    && !(isLatinLetter(text, i + 1) && !isLatinLetter(text, i - 1) && isUnit(text, i + 1))) {
                hits++;
            }
        }
        add(scores, "arz", 2.5 * Math.min(hits, CAP));
    }

    /** Adds evidence for Ethiopic-script languages: Tigrinya writes ኣ and ቐ where Amharic writes አ and ቀ. */
    static void ethiopic(String original, Map<String, Double> scores) {
        int ti = 0;
        int am = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == 'ኣ' || (c >= '\u1250' && c <= '\u125D')) {
                ti += 2;
            } else if (c == 'ሓ' || c == 'ሖ' || c == 'ዃ') {
                // ሓ ሖ ዃ are everyday Tigrinya letters; Amharic writes most such words with ሀ or ኃ.
                ti++;
            } else if (c == 'አ' || c == 'ኧ') {
                am++;
            }
        }
        add(scores, "ti", 0.5 * Math.min(ti, 2 * CAP));
        add(scores, "am", 0.5 * Math.min(am, CAP));
    }

    /** Adds evidence for Cyrillic languages: letters only Serbian, Russian, Ukrainian or Macedonian use. */
    static void cyrillic(String text, Map<String, Double> scores) {
        int sr = 0;
        int ru = 0;
        int uk = 0;
        int mk = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ' -> sr++;
                case 'ы', 'э', 'ъ', 'ё' -> ru++;
                case 'є', 'і', 'ї', 'ґ' -> uk++;
                case 'ѓ', 'ќ', 'ѕ' -> mk++;
                default -> {
                }
            }
        }
        add(scores, "sr", 2.0 * Math.min(sr, CAP));
        add(scores, "ru", 2.0 * Math.min(ru, CAP));
        add(scores, "uk", 2.0 * Math.min(uk, CAP));
        add(scores, "mk", 3.0 * Math.min(mk, CAP));
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("km", "kg", "am", "pm", "nd", "rd", "th",
            "st", "min", "mins", "h", "hr", "hrs", "k", "x", "m", "ml", "gb", "mb", "cm", "mm", "ans", "jours", "days",
            "pax", "tl", "dt", "da", "euro", "eur", "usd", "mil", "bin", "pers");

    private static boolean isUnit(String s, int from) {
        int end = from;
        while (isLatinLetter(s, end)) {
            end++;
        }
        return UNITS.contains(s.substring(from, end));
    }

    private static boolean isLatinLetter(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 0xC0 && c <= 0x24F;
    }

    private static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    static void add(Map<String, Double> scores, String lang, double value) {
        if (value > 0) {
            scores.merge(lang, value, Double::sum);
        }
    }
}
