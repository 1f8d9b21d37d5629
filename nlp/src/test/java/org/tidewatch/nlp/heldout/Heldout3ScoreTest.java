package org.tidewatch.nlp.heldout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.StandardEnricher;

/**
 * Scores {@link StandardEnricher} on the BLIND held-out set {@code heldout3/heldout3.jsonl}: 200 posts in 18 language
 * codes (the 15 project codes plus Bengali, Vietnamese and Somali), written by a helper who never read the NLP code,
 * its lexicons, the dev set or the earlier held-out sets (see heldout3/README.md). It asserts no score thresholds:
 * the scores are measured, printed and kept in target/heldout3-predictions.jsonl for score.py. Do not tune on it.
 * It was blind when first scored (main 8812e62); branch nlp4 then fixed the error families its README describes,
 * without reading the set, so its later figures are "after fixes guided by the error descriptions" (nlp/README.md).
 */
class Heldout3ScoreTest {
    private static final String SET = "/org/tidewatch/nlp/heldout3/heldout3.jsonl";
    private static final Set<String> LANGUAGES = union(HeldoutSet.PROJECT_LANGUAGES, Set.of("bn", "vi", "so"));
    private static final int RECORDS = 200;
    private static final int GOLD_OFFERS = 102;

    @Test
    void blindSetFollowsTheEvalFormatInEighteenLanguages() throws IOException {
        HeldoutSet.load(SET).assertEvalShape(190, 210, LANGUAGES);
    }

    @Test
    void everyLabelledPhoneIsAValidMobileNumber() throws IOException, NumberParseException {
        HeldoutSet.load(SET).assertEveryPhoneIsAValidMobileNumber(100);
    }

    @Test
    void everyLabelledPhoneHasItsNationalDigitsInTheText() throws IOException, NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (JsonNode r : HeldoutSet.load(SET).records()) {
            List<String> runs = digitRuns(r.path("text").asText());
            for (JsonNode phone : r.path("phones")) {
                String national = util.getNationalSignificantNumber(util.parse(phone.asText(), "ZZ"));
                assertThat(runs).as("digit runs of %s holding %s", r.path("id"), phone)
                        .anySatisfy(run -> assertThat(run).contains(national));
            }
        }
    }

    @Test
    void scorerGivesFullMarksWhenPredictionsEqualGold() throws IOException {
        HeldoutSet.load(SET).assertGoldScoresFullMarks(GOLD_OFFERS);
    }

    @Test
    void standardEnricherPredictsEveryRecordAndKeepsThePredictionsForScorePy() throws IOException {
        // No thresholds on purpose: this set measures generalisation. Score it with
        // python3 score.py nlp/src/test/resources/org/tidewatch/nlp/heldout3/heldout3.jsonl nlp/target/heldout3-predictions.jsonl
        EvalScorer scorer = HeldoutSet.load(SET).scoreStandardEnricher("heldout3-predictions.jsonl");
        System.out.println("Blind held-out (heldout3) scores of StandardEnricher\n" + scorer.report());

        List<String> lines = Files.readAllLines(Path.of("target", "heldout3-predictions.jsonl"), StandardCharsets.UTF_8);
        Set<String> predicted = new HashSet<>();
        lines.stream().filter(l -> !l.isBlank()).map(HeldoutSet::read).forEach(p -> predicted.add(p.path("id").asText()));
        Set<String> gold = new HashSet<>();
        HeldoutSet.load(SET).records().forEach(g -> gold.add(g.path("id").asText()));
        assertThat(predicted).isEqualTo(gold);
        assertThat(scorer.overall().records).isEqualTo(RECORDS);
    }

    /**
     * The digit runs of a text as ASCII digits (Arabic-Indic, Persian and other decimal digits folded), cut only at
     * letters, so that spaces, dots, dashes and emojis inside a phone number keep it whole (as validate.py does).
     */
    private static List<String> digitRuns(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            if (Character.isDigit(c)) {
                run.append(Character.getNumericValue(c));
            } else if (Character.isLetter(c) && !run.isEmpty()) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
