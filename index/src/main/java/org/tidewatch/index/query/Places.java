package org.tidewatch.index.query;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Resolves a country written as an ISO 3166-1 alpha-2 code or an English name (with common aliases). */
public final class Places {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : CODES) {
            BY_NAME.put(fold(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map<String, String> aliases = Map.ofEntries(
                Map.entry("uk", "GB"), Map.entry("britain", "GB"), Map.entry("great britain", "GB"),
                Map.entry("england", "GB"), Map.entry("turkey", "TR"), Map.entry("turkiye", "TR"),
                Map.entry("usa", "US"), Map.entry("united states of america", "US"),
                Map.entry("holland", "NL"), Map.entry("czech republic", "CZ"), Map.entry("ivory coast", "CI"),
                Map.entry("cote d'ivoire", "CI"), Map.entry("bosnia", "BA"), Map.entry("north macedonia", "MK"),
                Map.entry("macedonia", "MK"), Map.entry("dr congo", "CD"), Map.entry("drc", "CD"),
                Map.entry("syria", "SY"), Map.entry("iran", "IR"), Map.entry("russia", "RU"),
                Map.entry("south korea", "KR"), Map.entry("vietnam", "VN"), Map.entry("palestine", "PS"),
                Map.entry("gambia", "GM"));
        BY_NAME.putAll(aliases);
    }

    private Places() {
    }

    /** The ISO code of a country given by code or English name, or null when it is not a country. */
    public static String countryCode(String value) {
        String v = value.strip();
        if (v.length() == 2) {
            String code = v.toUpperCase(Locale.ROOT);
            return CODES.contains(code) ? code : null;
        }
        return BY_NAME.get(fold(v));
    }

    /** Lower case, accents dropped, single spaces: how place names are compared. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ").strip();
    }
}
