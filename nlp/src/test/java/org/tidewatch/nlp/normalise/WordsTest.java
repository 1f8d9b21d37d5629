package org.tidewatch.nlp.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void splitsOnEverythingButLettersDigitsAndTheAllowedCharacters() {
        assertThat(Words.split("l'italie, 3la-bateau!! رقم ليبيا", "")).containsExactly("l", "italie", "3la", "bateau",
                "رقم", "ليبيا");
        assertThat(Words.split("l'italie, 3la-bateau", "'-")).containsExactly("l'italie", "3la-bateau");
        assertThat(Words.split(" ,. ", "")).isEmpty();
    }
}
