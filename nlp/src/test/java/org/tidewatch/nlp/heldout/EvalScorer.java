package org.tidewatch.nlp.heldout;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measures of {@code shared/eval/score.py} in Java (offer P/R/F1, phone and price micro F1, country- and
 * place-level route F1, language accuracy), plus category accuracy on gold offers, overall and per language.
 * Gold and predictions are both eval-format JSON objects, so the same code scores any extractor's output.
 */
final class EvalScorer {
    static final String OFFER = "offer";
    static final String PHONES = "phones";
    static final String PRICES = "prices";
    static final String ROUTES_COUNTRY = "routes_country";
    static final String ROUTES_PLACE = "routes_place";

    /** Counts for one slice of the set (all records, or one language). */
    static final class Slice {
        final Map<String, SetCounts> measures = new LinkedHashMap<>();
        int records;
        int goldOffers;
        int langCorrect;
        int categoryCorrect;

        Slice() {
            for (String m : new String[] {OFFER, PHONES, PRICES, ROUTES_COUNTRY, ROUTES_PLACE}) {
                measures.put(m, new SetCounts());
            }
        }

        SetCounts get(String measure) {
            return measures.get(measure);
        }

        double langAccuracy() {
            return records == 0 ? 1.0 : (double) langCorrect / records;
        }
    }

    private final Slice all = new Slice();
    private final Map<String, Slice> byLang = new TreeMap<>();

    /** Scores one record; a null prediction counts as a miss on every measure, as in score.py. */
    void add(JsonNode gold, JsonNode pred) {
        JsonNode p = pred == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : pred;
        String lang = gold.path("lang").asText();
        for (Slice s : new Slice[] {all, byLang.computeIfAbsent(lang, k -> new Slice())}) {
            s.records++;
            boolean goldOffer = gold.path("is_offer").asBoolean(false);
            s.get(OFFER).add(goldOffer ? Set.of(OFFER) : Set.of(), p.path("is_offer").asBoolean(false) ? Set.of(OFFER) : Set.of());
            s.get(PHONES).add(phones(gold), phones(p));
            s.get(PRICES).add(prices(gold), prices(p));
            s.get(ROUTES_COUNTRY).add(countryRoutes(gold), countryRoutes(p));
            s.get(ROUTES_PLACE).add(placeRoutes(gold), placeRoutes(p));
            if (p.path("lang").asText("").toLowerCase(Locale.ROOT).equals(lang.toLowerCase(Locale.ROOT))) {
                s.langCorrect++;
            }
            if (goldOffer) {
                s.goldOffers++;
                if (gold.path("category").asText().equals(p.path("category").asText(null))) {
                    s.categoryCorrect++;
                }
            }
        }
    }

    Slice overall() {
        return all;
    }

    Map<String, Slice> perLanguage() {
        return byLang;
    }

    private static Set<String> phones(JsonNode r) {
        Set<String> out = new HashSet<>();
        r.path("phones").forEach(n -> out.add(n.asText().replace(" ", "")));
        return out;
    }

    private static Set<String> prices(JsonNode r) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : r.path("prices")) {
            if (n.path("amount").isNumber() && n.hasNonNull("currency")) {
                // score.py rounds float(amount) to 2 places; stripping zeros makes 3000 and 3000.00 one key.
                BigDecimal amount = n.path("amount").decimalValue().setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
                out.add(amount.toPlainString() + " " + n.path("currency").asText().toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Set<String> countryRoutes(JsonNode r) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : r.path("routes")) {
            out.add(n.path("from_country").asText("").toUpperCase(Locale.ROOT) + ">"
                    + n.path("to_country").asText("").toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> placeRoutes(JsonNode r) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : r.path("routes")) {
            out.add(fold(n.path("from").asText("")) + ">" + fold(n.path("to").asText("")));
        }
        return out;
    }

    /** score.py's fold: NFKD, case-fold, no combining marks, hyphens as spaces. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(d.length());
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.COMBINING_SPACING_MARK
                && Character.getType(c) != Character.ENCLOSING_MARK).forEach(b::appendCodePoint);
        return b.toString().replace('-', ' ').strip();
    }

    /** The overall rows in score.py's layout, then a per-language Markdown table. */
    String report() {
        StringBuilder b = new StringBuilder();
        b.append("records=").append(all.records).append('\n');
        all.measures.forEach((name, c) -> b.append(c.row(name)).append('\n'));
        b.append(String.format(Locale.ROOT, "%-16s accuracy=%.3f%n", "language", all.langAccuracy()));
        b.append(String.format(Locale.ROOT, "%-16s %d/%d%n", "category", all.categoryCorrect, all.goldOffers));
        b.append("\n| lang | posts | offers | offer P | offer R | offer F1 | category | phone F1 | price F1 "
                + "| route (country) F1 | route (place) F1 | lang acc. |\n");
        b.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        byLang.forEach((lang, s) -> b.append(String.format(Locale.ROOT,
                "| %s | %d | %d | %.2f | %.2f | %.2f | %d/%d | %.2f | %.2f | %.2f | %.2f | %d/%d |%n",
                lang, s.records, s.goldOffers, s.get(OFFER).precision(), s.get(OFFER).recall(), s.get(OFFER).f1(),
                s.categoryCorrect, s.goldOffers, s.get(PHONES).f1(), s.get(PRICES).f1(), s.get(ROUTES_COUNTRY).f1(),
                s.get(ROUTES_PLACE).f1(), s.langCorrect, s.records)));
        return b.toString();
    }
}
