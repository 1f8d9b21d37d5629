package org.tidewatch.index.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    /** FNV-1a over UTF-16 chars, as the normaliser hashes a word. */
    private static long fnv(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long[] hashes(String... words) {
        return List.of(words).stream().mapToLong(TextNormaliserTest::fnv).toArray();
    }

    @Test
    void hashesTheNormalisedWordsInOrderSkippingUrlsPunctuationAndMarks() {
        assertThat(TextNormaliser.wordHashes("Café NAÏVE, https://example.org/x?y=1 ok!! ٣٤ أحمد إلى قاربٌ ـيـ"))
                .containsExactly(hashes("cafe", "naive", "ok", "34", "احمد", "الي", "قارب", "ي"));
    }

    @Test
    void skipsTheNormaliserOnlyWhereItWouldChangeNothingButTheOrderOfMarks() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>(List.of("Café NAÏVE", "ﬁ ligature ＷＩＤＥ", "أحمد إلى آمن ؤ ئ",
                "قَارِبٌ مضمون", "Σίγουρο ΤΑΞΊΔΙ", "Прелазак ГРАНИЦЕ", "Güvenli İZMİR", "① ² ½ ㎏", "plain ascii"));
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(TextNormaliserTest.class.getResourceAsStream(
                "/org/tidewatch/index/analysis/multilingual-sample.tsv"), java.nio.charset.StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#")).forEach(texts::add);
        }
        for (String text : texts) {
            String reference = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
            assertThat(withoutMarks(TextNormaliser.lowerDecomposed(text))).as(text).isEqualTo(withoutMarks(reference));
        }
    }

    @Test
    void decomposesEveryCharBelowTheTableLimitAsTheNormaliserDoesAloneAndAmongOthers() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        StringBuilder mixed = new StringBuilder();
        for (char c = 1; c < 0x3000; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String one = "A" + c + "b";
            assertThat(withoutMarks(TextNormaliser.lowerDecomposed(one))).as("U+%04X", (int) c).isEqualTo(withoutMarks(reference(one)));
            mixed.append(c);
            if (random.nextInt(4) == 0) {
                mixed.append(' ');
            }
        }
        // the same chars side by side, e.g. a letter, an accent, a second accent of another class, a capital sigma
        for (int from = 0; from < mixed.length(); from += 97) {
            String text = mixed.substring(from, Math.min(mixed.length(), from + 160));
            assertThat(withoutMarks(TextNormaliser.lowerDecomposed(text))).isEqualTo(withoutMarks(reference(text)));
        }
        assertThat(TextNormaliser.lowerDecomposed("ΟΔΟΣ ΤΑΞΊΔΙ")).isEqualTo(reference("ΟΔΟΣ ΤΑΞΊΔΙ")); // final sigma: ς
    }

    @Test
    void everyCharBelowTheTableLimitEndsSkipsOrJoinsAWordAsItsUnicodeCategorySays() {
        for (char c = 1; c < 0x3000; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String lower = reference(String.valueOf(c));
            String text = "x" + c + "y";
            int type = Character.getType(c);
            boolean skipped = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == 0x0640;
            if (lower.length() != 1 || lower.charAt(0) != Character.toLowerCase(c)) {
                continue; // decomposed or special-cased: covered by the decomposition test
            }
            long[] expected = skipped ? hashes("xy")
                    : Character.isLetterOrDigit(c) ? new long[] {fnvUnified("x" + lower + "y")} : hashes("x", "y");
            assertThat(TextNormaliser.wordHashes(text)).as("U+%04X", (int) c).containsExactly(expected);
        }
    }

    /** FNV-1a of a word whose digits are read as ASCII digits and Arabic letter variants unified. */
    private static long fnvUnified(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            b.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649', '\u06CC' -> '\u064A';
                case '\u06A9' -> '\u0643';
                case '\u0629' -> '\u0647';
                default -> c;
            });
        }
        return fnv(b.toString());
    }

    private static String reference(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
    }

    private static String withoutMarks(String s) {
        return s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.COMBINING_SPACING_MARK && Character.getType(cp) != Character.ENCLOSING_MARK)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void asciiTextAndTextWithOtherScriptsGiveTheSameWordsForTheSameLatinWords() {
        assertThat(TextNormaliser.wordHashes("Boat TRIP tonight")).containsExactly(hashes("boat", "trip", "tonight"));
        assertThat(TextNormaliser.wordHashes("Boat TRIP tonight é")).containsExactly(hashes("boat", "trip", "tonight", "e"));
        assertThat(TextNormaliser.wordHashes("word𝐀x http://a.b")).containsExactly(hashes("word" + "a" + "x"));
        assertThat(TextNormaliser.wordHashes("a😀b")).containsExactly(hashes("a", "b"));
        assertThat(TextNormaliser.wordHashes(" ,; ")).isEmpty();
        // lower-cased as read: upper-case URLs are still skipped, a capital sigma still ends as a final sigma
        assertThat(TextNormaliser.wordHashes("Boat HTTPS://Example.org/X TRIP Http")).containsExactly(hashes("boat", "trip", "http"));
        assertThat(TextNormaliser.wordHashes("ΟΔΟΣ ΣΗΜΕΡΑ")).containsExactly(hashes("οδος", "σημερα"));
    }
}
