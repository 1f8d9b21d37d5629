package org.tidewatch.nlp.price;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Currency marks written before or after an amount that the word lists cannot hold because their lower-case form is
 * an ordinary word: upper-case ISO 4217 codes ("CAD 2,000", "JOD 350") and one-letter local symbols that are read
 * only when the post points at their country ("Q 15,000" in Guatemala, "D 45,000" in the Gambia, "R 2500" in
 * South Africa, "L 3000" in Honduras).
 */
final class LocalCurrencies {
    /** Codes that are also upper-case English words or abbreviations in posts ("TOP 10", "ALL 3 boats"). */
    private static final Set<String> WORDS = Set.of("ALL", "TOP", "CUP", "PEN", "BOB", "SOS", "MOP", "ESP", "AMD",
            "DEM", "FRF", "ITL", "GEL", "MAD", "BAM", "TRY", "CVE", "ANG", "NIO", "VES", "PHP", "LAK");
    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(c -> c.length() == 3 && !WORDS.contains(c) && (!c.startsWith("X") || c.equals("XOF") || c.equals("XAF")))
            .collect(Collectors.toUnmodifiableSet());
    /** One-letter symbols: the symbol, its country, its code. */
    private static final Map<String, List<String>> LETTERS = Map.of("Q", List.of("GT", "GTQ"), "D", List.of("GM", "GMD"),
            "R", List.of("ZA", "ZAR"), "L", List.of("HN", "HNL"), "Br", List.of("ET", "ETB"));

    private LocalCurrencies() {
    }

    /**
     * The ISO code that {@code original} (the token as written) stands for next to an amount, or null.
     *
     * @param regions the regions the post points at; a one-letter symbol needs its country among them
     */
    static String code(String original, List<String> regions) {
        if (CODES.contains(original)) {
            return original;
        }
        List<String> letter = LETTERS.get(original);
        return letter != null && regions.contains(letter.get(0)) ? letter.get(1) : null;
    }

    /** Whether a token's text is an ISO code put there by {@link #code} (normalised words are lower case). */
    static boolean isCode(String token) {
        return token.length() == 3 && CODES.contains(token);
    }
}
