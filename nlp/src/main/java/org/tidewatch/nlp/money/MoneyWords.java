package org.tidewatch.nlp.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidewatch.nlp.match.TsvResource;
import org.tidewatch.nlp.normalise.TextNormaliser;

/**
 * The word lists of {@code money-words.txt}: currencies, multipliers, number words, money cues, non-units. The price
 * grammar reads amounts with them, and the phone extractor asks them whether a number is an amount instead.
 */
public final class MoneyWords {
    private static final String RESOURCE = "money-words.txt";
    private static final List<String> ARABIC_PREFIXES = List.of("وبال", "بال", "وال", "لل", "ال", "و", "ب", "ل");
    private static final List<String> SUFFIXES = List.of("يه", "ي", "ه", "ها", "ya", "ye", "dan", "den", "a", "e",
            "ë", "s");

    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, BigDecimal> multipliers = new HashMap<>();
    private final Map<String, BigDecimal> numberWords = new HashMap<>();
    private final Map<String, BigDecimal> counts = new HashMap<>();
    private final Set<String> cues = new HashSet<>();
    private final Set<String> notUnits = new HashSet<>();
    private final Set<String> notBefore = new HashSet<>();

    /** The bundled lists, their entries passed through {@code normaliser} (the one the texts go through). */
    public MoneyWords(TextNormaliser normaliser) {
        int lineNo = 0;
        for (String line : TsvResource.lines(MoneyWords.class, RESOURCE)) {
            lineNo++;
            String[] p = line.split("\\s+");
            int from = p[0].equals("CUE") || p[0].equals("NOT") || p[0].equals("BEFORE") ? 1 : 2;
            for (int i = from; i < p.length; i++) {
                String w = normaliser.normalise(p[i]).text();
                switch (p[0]) {
                    case "CURRENCY" -> currencies.putIfAbsent(w, p[1]);
                    case "MULT" -> multipliers.put(w, new BigDecimal(p[1]));
                    case "WORD" -> numberWords.put(w, new BigDecimal(p[1]));
                    case "COUNT" -> counts.put(w, new BigDecimal(p[1]));
                    case "CUE" -> cues.add(w);
                    case "NOT" -> notUnits.add(w);
                    case "BEFORE" -> notBefore.add(w);
                    default -> throw new IllegalStateException(RESOURCE + ": entry " + lineNo + ": unknown role " + p[0]);
                }
            }
        }
    }

    /** What the lists say about one word; cached, since the same words come back in every post. */
    private record Info(String currency, BigDecimal multiplier, BigDecimal numberWord, BigDecimal count, boolean cue,
                        boolean notUnit) {
    }

    private static final int CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Info> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Info info(String word) {
        Info i = cache.get(word);
        if (i == null) {
            i = new Info(lookup(currencies, word), lookup(multipliers, word), lookup(numberWords, word),
                    counts.get(word), lookup(cues, word), lookup(notUnits, word));
            if (cache.size() < CACHE_LIMIT) {
                cache.put(word, i);
            }
        }
        return i;
    }

    /** ISO code or currency class of a word (Arabic prefixes and Turkish suffixes tolerated), or null. */
    public String currency(String word) {
        return info(word).currency();
    }

    /** The factor of a multiplier word ("k", "mila", "ألف", "lakh"), or null. */
    public BigDecimal multiplier(String word) {
        return info(word).multiplier();
    }

    /** The value of a number word that is an amount by itself ("ألفين", "duemila"), or null. */
    public BigDecimal numberWord(String word) {
        return info(word).numberWord();
    }

    /** The value of a number word that needs a multiplier or currency after it ("five", "خمسة"), or null. */
    public BigDecimal count(String word) {
        return info(word).count();
    }

    /** Whether a bare amount after {@code word} is money ("price 900", "kids 400"). */
    public boolean isCue(String word) {
        return info(word).cue();
    }

    /** Whether {@code word} after a number makes it no amount (people, time, distance, size). */
    public boolean isNotUnit(String word) {
        return info(word).notUnit();
    }

    /**
     * Whether {@code word} (or symbol) after a number makes it an amount: a currency or a multiplier ("euro", "€",
     * "k", "ألف", "triệu"), with the same Arabic prefixes and case endings tolerated as {@link #currency}.
     */
    public boolean isUnit(String word) {
        Info i = info(word);
        return i.currency() != null || i.multiplier() != null;
    }

    /** Words before a bare number that make it no amount ("under 12"). */
    public boolean isNotBefore(String word) {
        return notBefore.contains(word);
    }

    private static <T> T lookup(Map<String, T> map, String word) {
        T v = map.get(word);
        if (v != null) {
            return v;
        }
        for (String variant : variants(word)) {
            v = map.get(variant);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static boolean lookup(Set<String> set, String word) {
        if (set.contains(word)) {
            return true;
        }
        for (String variant : variants(word)) {
            if (set.contains(variant)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word without an Arabic article or preposition, a Persian/Kurdish ezafe or copula ("یۆرۆیە", "دلاری"),
     * or a Turkish case ending ("lira'ya", "avroya").
     */
    private static List<String> variants(String word) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0 && apostrophe <= 2) {
            return List.of(word.substring(apostrophe + 1));  // French elision: d'euros
        }
        if (apostrophe > 0) {
            return List.of(word.substring(0, apostrophe));  // Turkish case ending: lira'ya
        }
        List<String> out = new ArrayList<>(3);
        for (String prefix : ARABIC_PREFIXES) {
            if (word.startsWith(prefix) && word.length() > prefix.length() + 1) {
                out.add(word.substring(prefix.length()));
                break;
            }
        }
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                out.add(word.substring(0, word.length() - suffix.length()));
            }
        }
        return out;
    }
}
