package org.tidewatch.nlp.route;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names in every language Tidewatch reads, from the JDK's CLDR display names, with the English output
 * names the eval rules ask for ("Turkey", "United Kingdom", "Bosnia and Herzegovina") instead of CLDR's.
 */
public final class CountryNames {
    /** Languages whose display names become aliases. */
    public static final List<String> LANGUAGES = List.of("en", "ar", "fa", "ps", "ur", "ku", "ckb", "tr", "fr",
            "it", "es", "sq", "sr", "sr-Latn", "de", "ti", "am", "hr", "bs", "bn", "so");

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("TR", "Turkey"), Map.entry("BA", "Bosnia and Herzegovina"), Map.entry("GB", "United Kingdom"),
            Map.entry("US", "United States"), Map.entry("CD", "Democratic Republic of the Congo"),
            Map.entry("CG", "Republic of the Congo"), Map.entry("CI", "Ivory Coast"), Map.entry("MM", "Myanmar"),
            Map.entry("PS", "Palestine"), Map.entry("HK", "Hong Kong"), Map.entry("MO", "Macau"),
            Map.entry("CZ", "Czech Republic"), Map.entry("CV", "Cape Verde"), Map.entry("VA", "Vatican City"),
            Map.entry("KR", "South Korea"), Map.entry("KP", "North Korea"), Map.entry("FM", "Micronesia"),
            Map.entry("TL", "East Timor"), Map.entry("SZ", "Eswatini"), Map.entry("MK", "North Macedonia"),
            Map.entry("RE", "Reunion"), Map.entry("UM", "United States Minor Outlying Islands"));

    /** Aliases that are ordinary words in some language read here (German "Island" is Iceland). */
    private static final Set<String> AMBIGUOUS = Set.of("island", "chile", "man", "jersey", "guernsey", "us", "maurice",
            "tonga", "niue");

    private CountryNames() {
    }

    private static final Map<String, String> ENGLISH_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The English output name of a country code. */
    public static String english(String cc) {
        return ENGLISH_CACHE.computeIfAbsent(cc, CountryNames::computeEnglish);
    }

    private static String computeEnglish(String cc) {
        String fixed = ENGLISH.get(cc);
        if (fixed != null) {
            return fixed;
        }
        String n = Locale.of("", cc).getDisplayCountry(Locale.ENGLISH)
                .replace("&", "and").replace("St. ", "Saint ").replaceAll("\\s*\\(.*\\)", "");
        return Normalizer.normalize(n, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('’', '\'');
    }

    /** Every CLDR name of {@code cc} in {@link #LANGUAGES}, cleaned of parentheses and without ambiguous words. */
    public static List<String> aliases(String cc) {
        Set<String> out = new LinkedHashSet<>();
        for (String lang : LANGUAGES) {
            String name = Locale.of("", cc).getDisplayCountry(Locale.forLanguageTag(lang));
            if (name == null || name.isBlank() || name.equals(cc)) {
                continue;
            }
            String clean = name.replaceAll("\\s*[(（].*[)）]", "").replace("&", " and ").strip();
            if (clean.length() >= 3 && !AMBIGUOUS.contains(clean.toLowerCase(Locale.ROOT))) {
                out.add(clean);
            }
        }
        return new ArrayList<>(out);
    }

    /** The ISO codes of all countries and territories the JDK knows. */
    public static Set<String> codes() {
        return Set.of(Locale.getISOCountries());
    }
}
