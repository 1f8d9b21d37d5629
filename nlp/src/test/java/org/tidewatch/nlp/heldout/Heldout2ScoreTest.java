package org.tidewatch.nlp.heldout;

import com.google.i18n.phonenumbers.NumberParseException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.StandardEnricher;

/**
 * Scores {@link StandardEnricher} on the BLIND held-out set {@code heldout2/heldout2.jsonl}: 201 posts in the 15
 * language codes (17 varieties) written by a helper who never read the NLP code, its lexicons, the dev set or the
 * first held-out set (see heldout2/README.md). The floors are REGRESSION FLOORS, NOT TARGETS. Branch nlp3 fixed the
 * error families its README lists, so the set is no longer blind: measure generalisation on a new set.
 */
class Heldout2ScoreTest {
    private static final String SET = "/org/tidewatch/nlp/heldout2/heldout2.jsonl";

    // REGRESSION FLOORS, NOT TARGETS. Blind scores at main 4a73162: offer 0.945, phone 0.977, price 0.975, route
    // 0.880, category 89/101. Branch nlp3 then fixed the error families of heldout2/README.md as general rules (the
    // set is no longer blind); the floors are the scores measured after it, minus about 0.05.
    private static final HeldoutSet.Floors FLOORS = new HeldoutSet.Floors(
            0.90,   // offer F1: measured 0.955 (P 0.960, R 0.950)
            0.95,   // phone F1: measured 1.000
            0.95,   // price F1: measured 1.000
            0.92,   // route (country) F1: measured 0.978
            0.95,   // language accuracy: measured 1.000
            0.90);  // category accuracy on gold offers: measured 96/101 = 0.950

    @Test
    void blindSetFollowsTheEvalFormatInAllProjectLanguages() throws IOException {
        HeldoutSet.load(SET).assertEvalShape(190, 210);
    }

    @Test
    void everyLabelledPhoneIsAValidMobileNumber() throws IOException, NumberParseException {
        HeldoutSet.load(SET).assertEveryPhoneIsAValidMobileNumber(100);
    }

    @Test
    void scorerGivesFullMarksWhenPredictionsEqualGold() throws IOException {
        HeldoutSet.load(SET).assertGoldScoresFullMarks(101);
    }

    @Test
    void standardEnricherStaysAboveTheBlindFloors() throws IOException {
        // Kept for score.py and for reading the errors:
        // python3 score.py nlp/src/test/resources/org/tidewatch/nlp/heldout2/heldout2.jsonl nlp/target/heldout2-predictions.jsonl
        EvalScorer scorer = HeldoutSet.load(SET).scoreStandardEnricher("heldout2-predictions.jsonl");
        System.out.println("Blind held-out (heldout2) scores of StandardEnricher\n" + scorer.report());
        FLOORS.assertMetBy(scorer.overall());
    }
}
