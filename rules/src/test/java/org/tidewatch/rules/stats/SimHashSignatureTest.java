package org.tidewatch.rules.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashSignatureTest {
    private final SimHashSignature simHash = new SimHashSignature();
    private static final String ADVERT = "Boat from Zuwara to Lampedusa this week, safe trip with life jackets, "
            + "captain with experience, 2000 euro per person, children half price, write on WhatsApp now";

    @Test
    void repostWithSmallChangesStaysWithinSixBits() {
        long original = simHash.of(ADVERT);
        assertThat(SimHashSignature.distance(original, simHash.of(ADVERT + " 🚤🚤"))).isZero();
        assertThat(SimHashSignature.distance(original, simHash.of(ADVERT.toUpperCase())))
                .isZero();
        assertThat(SimHashSignature.distance(original, simHash.of(ADVERT + " last places")))
                .isLessThanOrEqualTo(6);
        assertThat(SimHashSignature.distance(original, simHash.of(ADVERT.replace("this week", "next week"))))
                .isLessThanOrEqualTo(6);
    }

    @Test
    void differentAdvertsAreFarApart() {
        long a = simHash.of(ADVERT);
        long b = simHash.of("Lorry to England from Calais, hidden place, no check, 1500 pounds, leaving Friday night, "
                + "call the driver for the meeting point");
        assertThat(SimHashSignature.distance(a, b)).isGreaterThan(12);
    }
}
