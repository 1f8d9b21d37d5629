package org.tidewatch.nlp.phone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.match.TsvResource;
import org.tidewatch.nlp.normalise.TextNormaliser;
import org.tidewatch.nlp.normalise.Words;

/**
 * Which countries a post points at, for reading its national-format phone numbers (and resolving dinars):
 * explicit cues ("رقم ليبيا", "WhatsApp Libya", "numero tunisino"), countries, demonyms and big cities named,
 * Arabic dialect words, currencies and the language. Thread-safe once built.
 */
public final class RegionHints {
    private static final String RESOURCE = "region-cues.txt";
    private static final String[] ARABIC_PREFIXES = {"وال", "بال", "لل", "ال", "و", "ب", "ل", "من", "ف"};
    private static final List<String> NAME_LANGUAGES = List.of("en", "fr", "it", "es", "de", "tr", "sq", "sr", "hr",
            "ar", "fa", "ps", "ur", "ku", "am", "ti", "bn", "so");
    private static final Map<String, List<String>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("ar", List.of("LY", "TN", "EG", "MA", "DZ", "IQ", "SD", "SY", "JO", "LB", "YE", "SA", "MR",
                    "TR")),
            Map.entry("fa", List.of("IR", "AF")), Map.entry("ps", List.of("AF", "PK")),
            Map.entry("ur", List.of("PK")), Map.entry("ku", List.of("IQ", "TR", "IR", "SY")),
            Map.entry("tr", List.of("TR")), Map.entry("fr", List.of("FR", "BE", "SN", "CI", "ML", "TN", "DZ", "MA")),
            Map.entry("it", List.of("IT")), Map.entry("es", List.of("ES", "MX")),
            Map.entry("en", List.of("GB", "US", "NG", "GH")), Map.entry("de", List.of("DE", "AT", "CH")),
            Map.entry("sq", List.of("AL", "XK", "MK")), Map.entry("sr", List.of("RS", "BA", "ME")),
            Map.entry("hr", List.of("HR", "BA")), Map.entry("am", List.of("ET")), Map.entry("ti", List.of("ER", "ET")),
            Map.entry("so", List.of("SO", "ET", "KE", "DJ")), Map.entry("bn", List.of("BD")),
            Map.entry("vi", List.of("VN")));
    private static final Map<String, String> BY_CURRENCY = Map.ofEntries(
            Map.entry("TND", "TN"), Map.entry("LYD", "LY"), Map.entry("DZD", "DZ"), Map.entry("MAD", "MA"),
            Map.entry("EGP", "EG"), Map.entry("SDG", "SD"), Map.entry("IQD", "IQ"), Map.entry("SYP", "SY"),
            Map.entry("LBP", "LB"), Map.entry("JOD", "JO"), Map.entry("TRY", "TR"), Map.entry("IRR", "IR"),
            Map.entry("AFN", "AF"), Map.entry("PKR", "PK"), Map.entry("ETB", "ET"), Map.entry("ERN", "ER"),
            Map.entry("NGN", "NG"), Map.entry("XOF", "SN"), Map.entry("GBP", "GB"), Map.entry("RSD", "RS"),
            Map.entry("BAM", "BA"), Map.entry("ALL", "AL"), Map.entry("SAR", "SA"), Map.entry("AED", "AE"),
            Map.entry("SOS", "SO"), Map.entry("MRU", "MR"), Map.entry("GMD", "GM"), Map.entry("GNF", "GN"),
            Map.entry("BDT", "BD"), Map.entry("INR", "IN"), Map.entry("MXN", "MX"), Map.entry("YER", "YE"),
            Map.entry("VND", "VN"));
    /** Arabic dialect words (Arabic script and Arabizi) that point at one country. */
    private static final Map<String, String> DIALECT = dialect();
    private static final Set<String> PHONE_WORDS = Set.of("whatsapp", "whats", "watsapp", "watsap", "wa", "viber",
            "imo", "signal", "telegram", "tel", "tél", "phone", "number", "numero", "numéro", "número", "nummer", "broj",
            "numri", "telefon", "telefono", "teléfono", "num", "رقم", "الرقم", "نمره", "هاتف", "تلفون", "واتساب",
            "واتس", "فايبر", "شماره", "شمارہ", "نمبر", "ژماره", "ቁጥር", "ስልክ", "واتسپ", "واتساپ", "вотсап", "број",
            "телефон", "tel.", "tele", "ra9m", "raqm", "rakm", "nemra", "nmra", "numro", "tlf", "wtsp",
            "whatsap", "wts", "line", "call", "mobile", "cell", "hotline", "ligne", "linea", "línea", "mobil", "handy",
            "mobitel", "celular", "cellulare", "خط", "جوال", "موبايل", "موبایل", "لاین", "cep");
    private static final Set<String> PHONE_WORDS_FOLDED = foldAll(PHONE_WORDS);

    private final TextNormaliser normaliser = new TextNormaliser();
    /** Every folded name, and every first word of a name of several words: one lookup per token. */
    private final Map<String, Name> names = new HashMap<>();
    private int longestName = 1;

    /** What a folded word or phrase is: a name of {@code region} (or null), and whether longer names start with it. */
    private record Name(String region, boolean startsLonger) {
    }

    /** Loads the cue words and the CLDR country names. */
    public RegionHints() {
        for (String region : Locale.getISOCountries()) {
            Locale country = Locale.of("", region);
            for (String lang : NAME_LANGUAGES) {
                String name = country.getDisplayCountry(Locale.of(lang));
                if (!name.equals(region) && name.length() > 3 && !name.equalsIgnoreCase("mali")) {
                    put(name, region);
                }
            }
        }
        for (String line : TsvResource.lines(RegionHints.class, RESOURCE)) {
            String[] parts = line.split("\\|");
            String region = parts[0].strip();
            for (int i = 1; i < parts.length; i++) {
                put(parts[i].strip(), region);
            }
        }
    }

    private void put(String name, String region) {
        String key = normaliser.normalise(name).folded().strip();
        if (!key.isEmpty()) {
            // The first region given for a name wins.
            names.merge(key, new Name(region, false), (old, add) -> old.region() != null ? old
                    : new Name(region, old.startsLonger()));
            String[] words = key.split(" ");
            if (words.length > 1) {
                names.merge(words[0], new Name(null, true), (old, add) -> new Name(old.region(), true));
            }
            longestName = Math.max(longestName, words.length);
        }
    }

    /** Regions where a language is mostly written, most likely first (empty for unknown languages). */
    public static List<String> forLanguage(String lang) {
        return BY_LANGUAGE.getOrDefault(lang, List.of());
    }

    /** The region a national currency belongs to ({@code XOF} gives Senegal); empty for EUR, USD and unknown. */
    public static Optional<String> forCurrency(String currency) {
        return Optional.ofNullable(BY_CURRENCY.get(currency));
    }

    /** Countries named next to a phone word ("رقم ليبيا", "WhatsApp Libya", "numero tunisino"), in order. */
    public List<String> explicitCues(NormalisedText text) {
        return scan(text, true);
    }

    /** Countries pointed at by names, demonyms, cities and dialect words, in order of first mention. */
    public List<String> mentioned(NormalisedText text) {
        return scan(text, false);
    }

    /** {@link #regionsFor(NormalisedText, String, String, Collection, Collection)} without currencies or places. */
    public List<String> regionsFor(NormalisedText text, String lang, String sourceRegion) {
        return regionsFor(text, lang, sourceRegion, List.of(), List.of());
    }

    /**
     * Candidate regions for {@link PhoneExtractor#extract}, most likely first: explicit cues, the source's
     * configured region, countries both mentioned and fitting the language/dialect/currency, then currency,
     * dialect and language regions, then the other countries mentioned.
     *
     * @param sourceRegion ISO 3166 region configured for the source, or null
     * @param currencies   ISO 4217 codes of the prices found (may be empty)
     * @param placeRegions ISO 3166 codes of places the gazetteer found, in order (may be empty)
     */
    public List<String> regionsFor(NormalisedText text, String lang, String sourceRegion,
                                   Collection<String> currencies, Collection<String> placeRegions) {
        List<String> tokens = tokens(text);
        List<String[]> found = scanAll(tokens);
        Set<String> out = new LinkedHashSet<>();
        for (String[] f : found) {
            if (f[1] != null) {
                out.add(f[0]);
            }
        }
        if (sourceRegion != null && sourceRegion.length() == 2
                && sourceRegion.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            out.add(sourceRegion);
        }
        Set<String> mentioned = new LinkedHashSet<>(placeRegions);
        for (String[] f : found) {
            mentioned.add(f[0]);
        }
        mentioned.addAll(flags(text.original()));
        Set<String> fitting = new LinkedHashSet<>();
        for (String c : currencies) {
            forCurrency(c).ifPresent(fitting::add);
        }
        for (String t : tokens) {
            String r = DIALECT.get(t);
            if (r != null) {
                fitting.add(r);
            }
        }
        List<String> byLanguage = forLanguage(lang);
        for (String r : mentioned) {
            if (fitting.contains(r) || byLanguage.contains(r)) {
                out.add(r);
            }
        }
        // Currency and dialect regions, the language's main region, then the places named, then the rest.
        out.addAll(fitting);
        if (!byLanguage.isEmpty()) {
            out.add(byLanguage.get(0));
        }
        out.addAll(mentioned);
        out.addAll(byLanguage);
        return List.copyOf(out);
    }

    /**
     * The country named with a phone word in the 40 characters (same line) before {@code index} of the normalised
     * text ("واتساب ليبيا 09…", "Libya number: 09…"), for the number that starts there.
     */
    public Optional<String> cueBefore(NormalisedText text, int index) {
        String s = text.folded();
        int from = Math.max(0, index - 40);
        int line = s.lastIndexOf('\n', index - 1);
        from = Math.max(from, line + 1);
        List<String> tokens = Words.split(s.substring(from, index), "'-");
        List<String> found = scanTokens(tokens, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Regions of flag emoji (regional indicator pairs such as 🇱🇾) in order of appearance. */
    static List<String> flags(String original) {
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int n = Character.charCount(cp);
            if (isIndicator(cp) && i + n < original.length() && isIndicator(original.codePointAt(i + n))) {
                int second = original.codePointAt(i + n);
                out.add("" + (char) ('A' + cp - 0x1F1E6) + (char) ('A' + second - 0x1F1E6));
                i += n + Character.charCount(second);
            } else {
                i += n;
            }
        }
        out.remove("EU");
        out.remove("UN");
        return List.copyOf(out);
    }

    private static boolean isIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private List<String> scan(NormalisedText text, boolean cuesOnly) {
        return scanTokens(tokens(text), cuesOnly);
    }

    private List<String> scanTokens(List<String> tokens, boolean cuesOnly) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] f : scanAll(tokens)) {
            if (!cuesOnly || f[1] != null) {
                out.add(f[0]);
            }
        }
        return List.copyOf(out);
    }

    /** Every country mention as {region, "cue" or null}, in order. */
    private List<String[]> scanAll(List<String> tokens) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Name first = names.get(token);
            int longest = first != null && first.startsLonger() ? Math.min(longestName, tokens.size() - i) : 1;
            for (int len = longest; len >= 1; len--) {
                String region;
                if (len > 1) {
                    region = regionOf(names.get(String.join(" ", tokens.subList(i, i + len))));
                } else {
                    region = regionOf(first);
                    String bare = region == null ? stripAffixes(token) : token;
                    region = bare == token ? region : regionOf(names.get(bare));
                }
                if (region != null) {
                    out.add(new String[] {region, nearPhoneWord(tokens, i, i + len) ? "cue" : null});
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static String regionOf(Name name) {
        return name == null ? null : name.region();
    }

    private static Set<String> foldAll(Set<String> words) {
        TextNormaliser n = new TextNormaliser();
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(n.normalise(w).folded());
        }
        return out;
    }

    /** Turkish case endings ("libya'dan") and the Arabic article/prepositions glued to a name. */
    private static String stripAffixes(String token) {
        int apostrophe = token.indexOf('\'');
        if (apostrophe > 2) {
            return token.substring(0, apostrophe);
        }
        if (apostrophe > 0) {
            return token.substring(apostrophe + 1);  // French and Italian elision: l'italie, d'algérie
        }
        for (String prefix : ARABIC_PREFIXES) {
            if (token.startsWith(prefix) && token.length() > prefix.length() + 2) {
                return token.substring(prefix.length());
            }
        }
        return token;
    }

    private static boolean nearPhoneWord(List<String> tokens, int start, int end) {
        for (int k = Math.max(0, start - 3); k < Math.min(tokens.size(), end + 3); k++) {
            if ((k < start || k >= end) && PHONE_WORDS_FOLDED.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(NormalisedText text) {
        return Words.split(text.folded(), "'-");
    }

    private static Map<String, String> dialect() {
        TextNormaliser n = new TextNormaliser();
        Map<String, String> map = new HashMap<>();
        String[][] words = {
            {"TN", "برشا", "باش", "ياسر", "فما", "نحب", "barcha", "brcha", "barsha", "famma", "fama", "bech", "mta3",
                "behi", "9adech", "kadech"},
            {"LY", "هلبا", "شن", "نبي", "نبو", "halba", "hilba", "shen", "tawa"},
            {"DZ", "بزاف", "راني", "واش", "درك", "صحا", "rani", "wesh", "wech", "drk", "dorka", "bezzaf", "bzaf",
                "mellion", "melyoun"},
            {"MA", "ديال", "دابا", "واخا", "بغيت", "دراهم", "dyal", "dial", "daba", "wakha", "bghit", "drahem"},
            {"EG", "عايز", "ازاي", "كده", "دلوقتي", "عاوز", "3ayez", "3ayz", "3awz", "keda", "ezay", "delwa2ty"},
            {"SD", "زول", "داير", "ساي", "zol"},
            {"IQ", "شكو", "ماكو", "اكو", "هواية", "شلون", "chlon", "shlon", "aku", "maku"},
            {"SY", "هيك", "كتير", "بدي", "هلق", "hek", "ktir", "kteer", "halla2"},
        };
        for (String[] row : words) {
            for (int i = 1; i < row.length; i++) {
                map.put(n.normalise(row[i]).folded(), row[0]);
            }
        }
        return map;
    }
}
