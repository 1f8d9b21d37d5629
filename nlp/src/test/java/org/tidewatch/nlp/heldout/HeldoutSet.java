package org.tidewatch.nlp.heldout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.Enrichment;
import org.tidewatch.nlp.StandardEnricher;
import org.tidewatch.nlp.extract.JsonlExtraction;

/**
 * One held-out set in the shared/eval format, as the held-out tests use it: loads the JSONL resource, checks each
 * record's shape, and scores {@link StandardEnricher} on it, keeping the predictions under target/ for score.py.
 */
final class HeldoutSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Regression floors for the overall scores: measured values minus a margin, never targets. */
    record Floors(double offerF1, double phoneF1, double priceF1, double routeCountryF1, double langAccuracy,
            double categoryAccuracy) {
        void assertMetBy(EvalScorer.Slice all) {
            assertThat(all.get(EvalScorer.OFFER).f1()).as("offer F1").isGreaterThanOrEqualTo(offerF1);
            assertThat(all.get(EvalScorer.PHONES).f1()).as("phone F1").isGreaterThanOrEqualTo(phoneF1);
            assertThat(all.get(EvalScorer.PRICES).f1()).as("price F1").isGreaterThanOrEqualTo(priceF1);
            assertThat(all.get(EvalScorer.ROUTES_COUNTRY).f1()).as("route country F1").isGreaterThanOrEqualTo(routeCountryF1);
            assertThat(all.langAccuracy()).as("language accuracy").isGreaterThanOrEqualTo(langAccuracy);
            assertThat((double) all.categoryCorrect / all.goldOffers).as("category accuracy on gold offers")
                    .isGreaterThanOrEqualTo(categoryAccuracy);
        }
    }

    private final String resource;
    private final List<JsonNode> records;

    private HeldoutSet(String resource, List<JsonNode> records) {
        this.resource = resource;
        this.records = List.copyOf(records);
    }

    static HeldoutSet load(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = HeldoutSet.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).forEach(l -> out.add(read(l)));
        }
        return new HeldoutSet(resource, out);
    }

    static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }

    List<JsonNode> records() {
        return records;
    }

    /** The 15 language codes of the dev set and the first two held-out sets. */
    static final Set<String> PROJECT_LANGUAGES = Set.of("ar", "fa", "ps", "ku", "tr", "ur", "fr", "it", "es", "en",
            "sq", "sr", "de", "ti", "am");

    /**
     * Asserts unique ids, the eval key order and category/is_offer consistency on every record, a size within the
     * bounds, all 15 project language codes and an offer share of 40-60 %.
     */
    void assertEvalShape(int minRecords, int maxRecords) {
        assertEvalShape(minRecords, maxRecords, PROJECT_LANGUAGES);
    }

    /** As {@link #assertEvalShape(int, int)}, for a set whose language codes are exactly {@code languages}. */
    void assertEvalShape(int minRecords, int maxRecords, Set<String> languages) {
        Set<String> ids = new HashSet<>();
        Set<String> langs = new HashSet<>();
        int offers = 0;
        for (JsonNode r : records) {
            assertThat(ids.add(r.path("id").asText())).as("unique id %s in %s", r.path("id"), resource).isTrue();
            langs.add(r.path("lang").asText());
            List<String> keys = new ArrayList<>();
            r.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as("keys of %s", r.path("id")).containsExactly("id", "lang", "platform", "text",
                    "is_offer", "category", "prices", "routes", "phones", "notes");
            if (r.path("is_offer").asBoolean()) {
                offers++;
                assertThat(Enrichment.CATEGORIES).as("category of %s", r.path("id")).contains(r.path("category").asText());
            } else {
                assertThat(r.path("category").isNull()).as("category of non-offer %s", r.path("id")).isTrue();
            }
        }
        assertThat(records).as("records in %s", resource).hasSizeBetween(minRecords, maxRecords);
        assertThat(langs).as("language codes of %s", resource).containsExactlyInAnyOrderElementsOf(languages);
        assertThat(offers).as("offers in %s", resource).isBetween(records.size() * 2 / 5, records.size() * 3 / 5);
    }

    /**
     * Asserts that every labelled phone is valid and of a mobile type for libphonenumber (Mexico's plan only knows
     * FIXED_LINE_OR_MOBILE) and that the set labels more than {@code minPhones} of them.
     */
    void assertEveryPhoneIsAValidMobileNumber(int minPhones) throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        EnumSet<PhoneNumberType> mobile = EnumSet.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
        int phones = 0;
        for (JsonNode r : records) {
            for (JsonNode phone : r.path("phones")) {
                PhoneNumber n = util.parse(phone.asText(), "ZZ");
                assertThat(util.isValidNumber(n)).as("valid %s in %s", phone, r.path("id")).isTrue();
                assertThat(mobile).as("type of %s in %s", phone, r.path("id")).contains(util.getNumberType(n));
                phones++;
            }
        }
        assertThat(phones).as("phones in %s", resource).isGreaterThan(minPhones);
    }

    /** Asserts that the gold scored against itself gets full marks, with {@code goldOffers} offers all categorised. */
    void assertGoldScoresFullMarks(int goldOffers) {
        EvalScorer.Slice all = scoreGoldAgainstItself().overall();
        for (SetCounts c : all.measures.values()) {
            assertThat(c.fp() + c.fn()).isZero();
        }
        assertThat(all.langAccuracy()).isEqualTo(1.0);
        assertThat(all.categoryCorrect).isEqualTo(all.goldOffers).isEqualTo(goldOffers);
    }

    /** The scorer with every record scored against its gold (a sanity check of the set and the scorer together). */
    EvalScorer scoreGoldAgainstItself() {
        EvalScorer scorer = new EvalScorer();
        records.forEach(g -> scorer.add(g, g));
        return scorer;
    }

    /**
     * Runs {@link StandardEnricher} over the set through {@link JsonlExtraction}, writes the predictions to
     * {@code target/<predictionsFile>} (for {@code score.py GOLD target/<predictionsFile>}) and scores them.
     */
    EvalScorer scoreStandardEnricher(String predictionsFile) throws IOException {
        StringBuilder input = new StringBuilder();
        records.forEach(g -> input.append(g.toString()).append('\n'));
        StringWriter output = new StringWriter();
        JsonlExtraction.Summary summary = new JsonlExtraction(new StandardEnricher())
                .run(new BufferedReader(new StringReader(input.toString())), output);
        assertThat(summary.errors()).as("extraction errors on %s", resource).isZero();
        Files.writeString(Path.of("target", predictionsFile), output.toString(), StandardCharsets.UTF_8);

        Map<String, JsonNode> predictions = new HashMap<>();
        output.toString().lines().filter(l -> !l.isBlank()).map(HeldoutSet::read)
                .forEach(p -> predictions.put(p.path("id").asText(), p));
        EvalScorer scorer = new EvalScorer();
        records.forEach(g -> scorer.add(g, predictions.get(g.path("id").asText())));
        return scorer;
    }
}
