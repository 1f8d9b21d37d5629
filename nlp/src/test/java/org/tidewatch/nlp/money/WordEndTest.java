package org.tidewatch.nlp.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordEndTest {
    @Test
    void readsLettersUpToTheFirstOtherCharacter() {
        assertThat(WordEnd.of("euro 2500", 0)).isEqualTo(4);
        assertThat(WordEnd.of("2500 euro", 5)).isEqualTo(9);
        assertThat(WordEnd.of("k5 later", 0)).isEqualTo(1);
        assertThat(WordEnd.of("دينار.", 0)).isEqualTo(5);
    }

    @Test
    void keepsVowelSignsInTheWord() {
        // টাকা and लाख: vowel signs are marks (Mc), not letters
        assertThat(WordEnd.of("৫০ টাকা দাম", 3)).isEqualTo(7);
        assertThat(WordEnd.of("५ लाख", 2)).isEqualTo(5);
    }

    @Test
    void takesAnApostropheOnlyBetweenLetters() {
        assertThat(WordEnd.of("dinar's boat", 0)).isEqualTo(7);
        assertThat(WordEnd.of("euros' x", 0)).isEqualTo(5);
        assertThat(WordEnd.of("euro'5", 0)).isEqualTo(4);
        assertThat(WordEnd.of("'euro", 0)).as("no word starts at an apostrophe").isZero();
    }

    @Test
    void stopsAtALineBreak() {
        assertThat(WordEnd.of("tel\neuro", 0)).isEqualTo(3);
    }

    @Test
    void givesTheStartWhenNoWordStartsThere() {
        assertThat(WordEnd.of("2500 euro", 0)).isZero();
        assertThat(WordEnd.of("2500 euro", 4)).isEqualTo(4);
        assertThat(WordEnd.of("euro", 4)).isEqualTo(4);
        assertThat(WordEnd.of("€ 100", 0)).isZero();
    }
}
