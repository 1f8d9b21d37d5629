package org.tidewatch.nlp.price;

import java.util.List;
import java.util.Map;

/**
 * Turns a currency class found in text (dinar, lira, pound, dirham, rial, rupee, franc) into an ISO 4217 code,
 * from the qualifying word after it ("دينار ليبي", "lira turca"), the language and the post's regions.
 */
final class CurrencyResolver {
    private static final Map<String, Map<String, String>> BY_REGION = Map.of(
            "DINAR", Map.of("TN", "TND", "LY", "LYD", "DZ", "DZD", "IQ", "IQD", "JO", "JOD", "KW", "KWD",
                    "BH", "BHD", "RS", "RSD"),
            "LIRA", Map.of("TR", "TRY", "SY", "SYP", "LB", "LBP"),
            "POUND", Map.of("EG", "EGP", "SD", "SDG", "GB", "GBP", "SS", "SSP"),
            "DIRHAM", Map.of("MA", "MAD", "AE", "AED"),
            "RIAL", Map.of("IR", "IRR", "SA", "SAR", "YE", "YER", "OM", "OMR", "QA", "QAR"),
            "RUPEE", Map.of("PK", "PKR", "IN", "INR", "NP", "NPR", "LK", "LKR"),
            "FRANC", Map.of("CH", "CHF", "GN", "GNF", "SN", "XOF", "CI", "XOF", "ML", "XOF", "BF", "XOF", "NE", "XOF"),
            "PESO", Map.of("MX", "MXN", "CO", "COP", "AR", "ARS", "CL", "CLP", "DO", "DOP", "CU", "CUP", "PH", "PHP"));
    /** Qualifying words (nationality adjectives, normalised) that fix the currency. */
    private static final Map<String, String> QUALIFIER = Map.ofEntries(
            Map.entry("ليبي", "LY"), Map.entry("libyen", "LY"), Map.entry("libyan", "LY"), Map.entry("libico", "LY"),
            Map.entry("libi", "LY"), Map.entry("libici", "LY"), Map.entry("libyens", "LY"), Map.entry("libios", "LY"),
            Map.entry("algerini", "DZ"), Map.entry("argelinos", "DZ"), Map.entry("tunecinos", "TN"), Map.entry("تونسي", "TN"), Map.entry("tunisien", "TN"), Map.entry("tunisiens", "TN"),
            Map.entry("tunisian", "TN"), Map.entry("tunisino", "TN"), Map.entry("tunisini", "TN"),
            Map.entry("جزائري", "DZ"), Map.entry("algerien", "DZ"), Map.entry("algérien", "DZ"),
            Map.entry("algériens", "DZ"), Map.entry("algerian", "DZ"), Map.entry("عراقي", "IQ"), Map.entry("iraqi", "IQ"),
            Map.entry("اردني", "JO"), Map.entry("كويتي", "KW"), Map.entry("turca", "TR"), Map.entry("turche", "TR"),
            Map.entry("turque", "TR"), Map.entry("turques", "TR"), Map.entry("turkish", "TR"), Map.entry("تركي", "TR"),
            Map.entry("تركيه", "TR"), Map.entry("türk", "TR"), Map.entry("سوري", "SY"), Map.entry("سوريه", "SY"),
            Map.entry("syrian", "SY"), Map.entry("لبناني", "LB"), Map.entry("lebanese", "LB"), Map.entry("مصري", "EG"),
            Map.entry("egyptian", "EG"), Map.entry("égyptienne", "EG"), Map.entry("egyptiennes", "EG"),
            Map.entry("سوداني", "SD"), Map.entry("sudanese", "SD"), Map.entry("استرليني", "GB"),
            Map.entry("sterling", "GB"), Map.entry("مغربي", "MA"), Map.entry("marocain", "MA"),
            Map.entry("marocains", "MA"), Map.entry("moroccan", "MA"), Map.entry("اماراتي", "AE"),
            Map.entry("emirati", "AE"), Map.entry("سعودي", "SA"), Map.entry("saudi", "SA"), Map.entry("يمني", "YE"),
            Map.entry("ايراني", "IR"), Map.entry("پاكستاني", "PK"), Map.entry("pakistani", "PK"),
            Map.entry("indian", "IN"), Map.entry("هندي", "IN"), Map.entry("suisse", "CH"), Map.entry("suisses", "CH"),
            Map.entry("swiss", "CH"), Map.entry("guinéen", "GN"), Map.entry("guineens", "GN"), Map.entry("cfa", "SN"),
            Map.entry("mexicanos", "MX"), Map.entry("mexicano", "MX"), Map.entry("mexican", "MX"), Map.entry("mxn", "MX"),
            Map.entry("colombianos", "CO"), Map.entry("colombiano", "CO"), Map.entry("colombian", "CO"),
            Map.entry("argentinos", "AR"), Map.entry("chilenos", "CL"), Map.entry("dominicanos", "DO"),
            Map.entry("cubanos", "CU"), Map.entry("egiziane", "EG"), Map.entry("egipcias", "EG"),
            Map.entry("masri", "EG"), Map.entry("masry", "EG"), Map.entry("sudani", "SD"),
            Map.entry("jordanian", "JO"), Map.entry("kuwaiti", "KW"), Map.entry("bahraini", "BH"),
            Map.entry("serbian", "RS"), Map.entry("omani", "OM"), Map.entry("qatari", "QA"), Map.entry("yemeni", "YE"),
            Map.entry("iranian", "IR"), Map.entry("جزايري", "DZ"), Map.entry("بحريني", "BH"), Map.entry("عماني", "OM"),
            Map.entry("قطري", "QA"), Map.entry("jordanien", "JO"), Map.entry("giordani", "JO"),
            Map.entry("የሳውዲ", "SA"), Map.entry("ሳውዲ", "SA"), Map.entry("የሱዳን", "SD"), Map.entry("የግብፅ", "EG"),
            Map.entry("የኢማራት", "AE"), Map.entry("ኢማራት", "AE"), Map.entry("የዱባይ", "AE"));
    /** Which region a currency class falls back to when nothing in the post says. */
    private static final Map<String, String> DEFAULTS = Map.of("DINAR", "TND", "LIRA", "TRY", "POUND", "GBP",
            "DIRHAM", "MAD", "RIAL", "IRR", "RUPEE", "PKR", "FRANC", "XOF", "PESO", "MXN");
    /** Words for the Egyptian/Sudanese pound, as against the English "pound" that means sterling. */
    private static final java.util.Set<String> LOCAL_POUND = java.util.Set.of("جنيه", "جنيهات", "جنية", "geneh",
            "gneh", "genih", "gnih", "guineh", "ginih", "ginehat", "genihat", "gnihat");

    private CurrencyResolver() {
    }

    /** Whether {@code word} is a nationality adjective that can qualify a currency word ("Saudi", "أردنياً"). */
    static boolean isQualifier(String word) {
        return region(word) != null;
    }

    /**
     * The region a qualifying word names, tolerating the Arabic article and the accusative alif of
     * "ديناراً أردنياً" (tanween gone after normalising).
     */
    private static String region(String word) {
        String w = word.startsWith("ال") ? word.substring(2) : word;
        String region = QUALIFIER.get(w);
        if (region == null && w.length() > 3 && w.endsWith("ا")) {
            region = QUALIFIER.get(w.substring(0, w.length() - 1));
        }
        return region;
    }

    /**
     * @param currency an ISO code (returned as is) or a class name
     * @param next     the normalised word after the currency word (may be null)
     * @param word     the currency word itself (normalised; {@code جنيه} vs {@code pound} matters)
     */
    static String resolve(String currency, String next, String word, String lang, List<String> regions) {
        Map<String, String> byRegion = BY_REGION.get(currency);
        if (byRegion == null) {
            return currency;
        }
        if (next != null) {
            String region = region(next);
            if (region != null && byRegion.containsKey(region)) {
                return byRegion.get(region);
            }
        }
        if (currency.equals("DINAR") && lang.equals("sr")) {
            return "RSD";
        }
        if (currency.equals("RIAL")) {
            return lang.equals("fa") ? "IRR" : firstOf(byRegion, regions, lang.equals("ar") ? "SAR" : "IRR");
        }
        if (currency.equals("POUND") && !LOCAL_POUND.contains(word)) {
            return "GBP";
        }
        if (currency.equals("POUND")) {
            return firstOf(Map.of("EG", "EGP", "SD", "SDG", "SS", "SSP"), regions, "EGP");
        }
        if (currency.equals("DIRHAM") && (lang.equals("am") || lang.equals("ti"))) {
            return firstOf(byRegion, regions, "AED");  // from the Horn of Africa, dirhams are the Emirates' wages
        }
        return firstOf(byRegion, regions, DEFAULTS.get(currency));
    }

    private static String firstOf(Map<String, String> byRegion, List<String> regions, String fallback) {
        for (String r : regions) {
            String c = byRegion.get(r);
            if (c != null) {
                return c;
            }
        }
        return fallback;
    }
}
