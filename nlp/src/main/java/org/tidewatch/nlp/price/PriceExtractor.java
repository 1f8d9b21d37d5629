package org.tidewatch.nlp.price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.tidewatch.core.Price;
import org.tidewatch.nlp.money.MoneyWords;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;
import org.tidewatch.nlp.phone.PhoneExtractor;
import org.tidewatch.nlp.phone.PhoneMatch;
import org.tidewatch.nlp.price.AmountTokens.Kind;
import org.tidewatch.nlp.price.BareAmounts.Found;
import org.tidewatch.nlp.price.AmountTokens.Tok;

/**
 * Finds prices: an amount (digits with any grouping, thousands words and suffixes, number words) next to a
 * currency symbol, code or word in any project language; colloquial units (Maghrebi "million" in centimes,
 * toman = 10 rials); ranges ("3000-5000€" gives both ends); and bare amounts after a money word ("kids 900")
 * that take the currency of the nearest priced amount. Phone numbers, dates, times, years, head counts,
 * durations, distances and percentages are not prices. Thread-safe.
 */
public final class PriceExtractor {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Set<String> FILLER = Set.of("de", "di", "of", "d'", "des", "del", "من", "oo");
    private static final java.util.Map<String, BigDecimal> SYMBOL_SUFFIXES = java.util.Map.of("m", MILLION, "mn",
            MILLION, "bn", BigDecimal.valueOf(1_000_000_000L));

    private final MoneyWords words = new MoneyWords(new TextNormaliser());
    private final PhoneExtractor phones;

    /** An extractor with its own {@link PhoneExtractor} (used only by the three-argument {@code extract}). */
    public PriceExtractor() {
        this(new PhoneExtractor());
    }

    /** An extractor that leaves out the numbers {@code phones} finds. */
    public PriceExtractor(PhoneExtractor phones) {
        this.phones = java.util.Objects.requireNonNull(phones, "phones must not be null");
    }

    /**
     * Prices in {@code text}, in order of first appearance, each (amount, currency) once. Phone numbers are found
     * with a {@link PhoneExtractor} over the same regions and left out.
     *
     * @param lang    the post's ISO 639-1 language ({@code und} when unknown)
     * @param regions the regions the post points at, most likely first (decides dinar, lira, pound …)
     */
    public List<Price> extract(NormalisedText text, String lang, List<String> regions) {
        return extract(text, lang, regions, phones.extract(text, regions));
    }

    /** As {@link #extract(NormalisedText, String, List)}, with the post's phone numbers already found. */
    public List<Price> extract(NormalisedText text, String lang, List<String> regions, List<PhoneMatch> phoneMatches) {
        List<Tok> toks = abbreviatedCurrencies(text, AmountTokens.tokenize(text.text()), lang, regions);
        List<Found> priced = new ArrayList<>();
        List<Found> bare = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean numberWord = t.kind() == Kind.WORD && (words.numberWord(t.text()) != null
                    || words.count(t.text()) != null) && (i == 0 || toks.get(i - 1).kind() != Kind.NUM);
            if (t.kind() == Kind.NUM && !t.skip() && !insidePhone(text, t, phoneMatches) || numberWord) {
                Found f = read(toks, i, lang, regions);
                if (f == null) {
                    continue;
                }
                (f.currency() == null ? bare : priced).add(f);
                i = f.lastTok();
            }
        }
        List<Found> all = new ArrayList<>(priced);
        for (Found b : bare) {
            Found inherited = BareAmounts.inherit(b, toks, priced);
            if (inherited != null) {
                all.add(inherited);
            }
        }
        all.sort(Comparator.comparingInt(Found::start));
        List<Price> out = new ArrayList<>();
        for (Found f : all) {
            Price p = new Price(f.total(), f.currency(), text.originalStart(f.start()), text.originalEnd(f.end() - 1));
            if (out.stream().noneMatch(p::sameValue)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Currency abbreviations that the word lists cannot hold: capital {@code KM} (Bosnian convertible mark, where
     * lower-case km is kilometres) in a South Slavic post or one pointing at Bosnia, and the dotted Egyptian pound
     * {@code L.E.} / {@code ج.م}. They become one word token naming the currency code.
     */
    private static List<Tok> abbreviatedCurrencies(NormalisedText text, List<Tok> toks, String lang, List<String> regions) {
        List<Tok> out = null;
        boolean slavic = lang.equals("sr") || lang.equals("hr") || lang.equals("bs") || regions.contains("BA");
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            Tok replaced = null;
            int skip = 0;
            if (t.kind() == Kind.WORD && slavic && t.text().equals("km")
                    && text.originalText(t.start(), t.end()).equals("KM")) {
                replaced = new Tok(Kind.WORD, t.start(), t.end(), "bam", null, false);
            } else if (t.kind() == Kind.WORD && (t.text().equals("l") || t.text().equals("ج")) && i + 2 < toks.size()
                    && toks.get(i + 1).text().equals(".") && toks.get(i + 2).kind() == Kind.WORD
                    && toks.get(i + 2).text().equals(t.text().equals("l") ? "e" : "م")) {
                replaced = new Tok(Kind.WORD, t.start(), toks.get(i + 2).end(), "egp", null, false);
                skip = 2;
            }
            if (replaced == null && t.kind() == Kind.WORD && nextToNumber(toks, i)) {
                String code = LocalCurrencies.code(text.originalText(t.start(), t.end()), regions);
                replaced = code == null ? null : new Tok(Kind.WORD, t.start(), t.end(), code, null, false);
            }
            if (replaced != null && out == null) {
                out = new ArrayList<>(toks.subList(0, i));
            }
            if (out != null) {
                out.add(replaced != null ? replaced : t);
            }
            i += skip;
        }
        return out == null ? toks : out;
    }

    private static boolean nextToNumber(List<Tok> toks, int i) {
        return i + 1 < toks.size() && toks.get(i + 1).kind() == Kind.NUM
                || i > 0 && toks.get(i - 1).kind() == Kind.NUM;
    }

    private static boolean insidePhone(NormalisedText text, Tok t, List<PhoneMatch> phoneMatches) {
        int s = text.originalStart(t.start());
        int e = text.originalEnd(t.end() - 1);
        return phoneMatches.stream().anyMatch(p -> s < p.end() && e > p.start());
    }

    /** Reads the amount starting at token i with its multipliers and currency; null when it is no amount. */
    private Found read(List<Tok> toks, int i, String lang, List<String> regions) {
        Tok first = toks.get(i);
        BigDecimal raw = first.kind() == Kind.NUM ? first.value() : BigDecimal.ONE;
        BigDecimal count = first.kind() == Kind.WORD ? words.count(first.text()) : null;
        BigDecimal mult = first.kind() == Kind.NUM ? BigDecimal.ONE
                : count != null ? count : words.numberWord(first.text());
        boolean million = false;
        int j = i;
        while (j + 1 < toks.size() && toks.get(j + 1).kind() == Kind.WORD && words.multiplier(toks.get(j + 1).text()) != null) {
            BigDecimal m = words.multiplier(toks.get(j + 1).text());
            million = m.compareTo(MILLION) == 0;
            mult = mult.multiply(m);
            j++;
        }
        if (j == i && first.kind() == Kind.NUM && i > 0 && toks.get(i - 1).kind() == Kind.SYM && j + 1 < toks.size()
                && toks.get(j + 1).start() == toks.get(j).end()) {
            // "€2m", "$1.5bn": after a currency symbol, m and bn are millions and billions, not metres.
            BigDecimal m = SYMBOL_SUFFIXES.get(toks.get(j + 1).text());
            if (m != null) {
                mult = m;
                j++;
            }
        }
        BigDecimal total = raw.multiply(mult);
        // "2 million and 500 thousand", "2 milyon 500 bin"
        int k = j + 1;
        if (k < toks.size() && mult.compareTo(MILLION) >= 0 && Set.of("و", "and", "e", "et", "y", "und", "i", "u", "û")
                .contains(toks.get(k).text())) {
            k++;
        }
        if (mult.compareTo(THOUSAND) >= 0 && k + 1 < toks.size() && toks.get(k).kind() == Kind.NUM
                && !toks.get(k).skip() && toks.get(k + 1).kind() == Kind.WORD) {
            BigDecimal m2 = words.multiplier(toks.get(k + 1).text());
            if (m2 != null && m2.compareTo(mult) < 0) {
                total = total.add(toks.get(k).value().multiply(m2));
                j = k + 1;
                million = false;
            }
        }
        // Currency after (optionally past "de"/"of"), else before.
        int c = j + 1;
        if (c + 2 < toks.size() && toks.get(c).text().equals(",") && toks.get(c + 1).text().equals("-")) {
            c += 2;  // "1.500,- €"
        }
        if (c < toks.size() && FILLER.contains(toks.get(c).text()) && c + 1 < toks.size()
                && currencyAt(toks, c + 1, lang) != null) {
            c++;
        }
        String qualifier = null;
        if (c + 1 < toks.size() && toks.get(c).kind() == Kind.WORD && CurrencyResolver.isQualifier(toks.get(c).text())
                && currencyAt(toks, c + 1, lang) != null) {
            qualifier = toks.get(c).text();  // "700 Jordanian dinars", "1,500 የሳውዲ ሪያል"
            c++;
        }
        String currency = currencyAt(toks, c, lang);
        if (currency != null && c + 1 < toks.size() && toks.get(c + 1).kind() == Kind.NUM
                && (toks.get(c).kind() == Kind.SYM || toks.get(c).text().length() == 3) && c == j + 1) {
            currency = null;  // "kids under 12 £1200": the £ leads 1200
        }
        int lastTok = j;
        int start = first.start();
        int end = toks.get(j).end();
        if (currency != null) {
            lastTok = c;
            end = toks.get(c).end();
        } else if (first.kind() == Kind.NUM && i > 0 && currencyAt(toks, i - 1, lang) != null
                && leadsNumber(toks, i - 1)) {
            c = i - 1;
            currency = currencyAt(toks, c, lang);
            start = toks.get(c).start();
        } else if (first.kind() == Kind.NUM && i > 1 && (toks.get(i - 1).text().equals(".") || toks.get(i - 1).text().equals(":"))
                && currencyAt(toks, i - 2, lang) != null) {
            c = i - 2;
            currency = currencyAt(toks, c, lang);
            start = toks.get(c).start();
        }
        if (currency == null && i > 0 && toks.get(i - 1).kind() == Kind.WORD && words.isNotBefore(toks.get(i - 1).text())) {
            return null;
        }
        if (currency == null && j + 1 < toks.size()) {
            Tok next = toks.get(j + 1);
            if (next.kind() == Kind.WORD && words.isNotUnit(next.text()) || next.text().equals("%")) {
                return null;
            }
        }
        String next = qualifier != null ? qualifier
                : c + 1 < toks.size() && toks.get(c + 1).kind() == Kind.WORD ? toks.get(c + 1).text() : null;
        if (currency != null && currency.equals("CENTIME")) {
            String local = maghrebCurrency(regions, "DZD");
            return new Found(start, end, raw, mult, total.movePointLeft(2), local, i, lastTok, false);
        }
        if (currency == null && million && maghreb(regions) != null) {
            // Colloquial Maghrebi million: 10,000 dinars/dirhams in Algeria and Morocco, 1,000 dinars in Tunisia.
            String region = maghreb(regions);
            BigDecimal unit = region.equals("TN") ? THOUSAND : BigDecimal.valueOf(10_000);
            return new Found(start, end, raw, mult, raw.multiply(unit),
                    java.util.Map.of("DZ", "DZD", "MA", "MAD", "TN", "TND").get(region), i, lastTok, false);
        }
        if (currency != null && currency.equals("TOMAN")) {
            return new Found(start, end, raw, mult, total.multiply(BigDecimal.TEN), "IRR", i, lastTok, false);
        }
        if (currency != null) {
            String word = toks.get(c).text();
            currency = CurrencyResolver.resolve(currency, next, word, lang, regions);
            return new Found(start, end, raw, mult, total, currency, i, lastTok, false);
        }
        if (count != null && j == i) {
            return null;  // "five people", "one boat": a count word needs a multiplier to be an amount
        }
        boolean cue = cueBefore(toks, i) || cueAfter(toks, j);
        return new Found(start, end, raw, mult, total, null, i, lastTok, cue);
    }

    private static final java.util.Map<String, String> MAGHREB_CURRENCY = java.util.Map.of("DZ", "DZD", "MA", "MAD");

    private static String maghreb(List<String> regions) {
        for (String r : regions) {
            if (r.equals("DZ") || r.equals("MA") || r.equals("TN")) {
                return r;
            }
            if (r.equals("LY") || r.equals("EG")) {
                return null;
            }
        }
        return null;
    }

    private static String maghrebCurrency(List<String> regions, String fallback) {
        for (String r : regions) {
            if (MAGHREB_CURRENCY.containsKey(r)) {
                return MAGHREB_CURRENCY.get(r);
            }
        }
        return fallback;
    }

    private String currencyAt(List<Tok> toks, int c, String lang) {
        if (c < 0 || c >= toks.size()) {
            return null;
        }
        Tok t = toks.get(c);
        if (t.kind() == Kind.SYM) {
            return switch (t.text()) {
                case "€" -> "EUR";
                case "$" -> "USD";
                case "£" -> "GBP";
                case "₦" -> "NGN";
                case "₺" -> "TRY";
                case "₹" -> "INR";
                case "؋" -> "AFN";
                case "৳" -> "BDT";
                default -> null;
            };
        }
        if (t.kind() != Kind.WORD) {
            return null;
        }
        if (LocalCurrencies.isCode(t.text())) {
            return t.text();
        }
        String cur = words.currency(t.text());
        if (cur != null && (t.text().equals("da") || t.text().equals("dt"))
                && (lang.equals("it") || lang.equals("sr") || lang.equals("sq") || lang.equals("pt"))) {
            return null;
        }
        return cur;
    }

    /** Prepositions that make a money word after a bare amount its cue ("1500 for kids", "800 pour les enfants"). */
    private static final Set<String> FOR = Set.of("for", "pour", "per", "para", "für", "için", "برای", "për", "za",
            "cho", "ji");

    /**
     * Whether a money word follows the amount behind "for" ("1500 for kids", "800 pour les enfants", "900 للأطفال"):
     * a bare "15 children" stays a count.
     */
    private boolean cueAfter(List<Tok> toks, int j) {
        int k = j + 1;
        if (k < toks.size() && toks.get(k).kind() == Kind.WORD && toks.get(k).text().startsWith("ل")
                && toks.get(k).text().length() > 3 && words.isCue(toks.get(k).text())) {
            return true;
        }
        if (k >= toks.size() || !FOR.contains(toks.get(k).text())) {
            return false;
        }
        for (int m = k + 1; m < Math.min(toks.size(), k + 3); m++) {
            Tok t = toks.get(m);
            if (t.kind() != Kind.WORD) {
                return false;
            }
            if (words.isCue(t.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean cueBefore(List<Tok> toks, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Tok t = toks.get(k);
            if (t.kind() == Kind.BREAK || t.kind() == Kind.NUM) {
                return false;
            }
            if (t.kind() == Kind.WORD && words.isCue(t.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the currency at {@code c} can lead the number after it: a symbol or code always can ("12 £1200"),
     * a currency word only when no amount stands right before it ("600 ډالره ده" is 600 dollars, not 10).
     */
    private boolean leadsNumber(List<Tok> toks, int c) {
        Tok t = toks.get(c);
        if (t.kind() == Kind.SYM || t.text().length() == 3) {
            return true;
        }
        if (c == 0) {
            return true;
        }
        Tok before = toks.get(c - 1);
        return before.kind() != Kind.NUM && !(before.kind() == Kind.WORD && words.multiplier(before.text()) != null);
    }
}
