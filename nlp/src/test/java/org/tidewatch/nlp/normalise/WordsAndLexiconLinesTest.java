package org.tidewatch.nlp.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordsAndLexiconLinesTest {
    @Test
    void splitsOnEverythingButLettersDigitsAndTheAllowedCharacters() {
        assertThat(Words.split("l'italie, 3la-bateau!! رقم ليبيا", "")).containsExactly("l", "italie", "3la", "bateau",
                "رقم", "ليبيا");
        assertThat(Words.split("l'italie, 3la-bateau", "'-")).containsExactly("l'italie", "3la-bateau");
        assertThat(Words.split(" ,. ", "")).isEmpty();
    }

    @Test
    void readsLexiconLinesWithoutCommentsOrBlanks() {
        assertThat(LexiconLines.read(WordsAndLexiconLinesTest.class, "sample-lexicon.txt"))
                .containsExactly("EUR euro يورو", "USD dollar");
    }

    @Test
    void namesAMissingLexicon() {
        assertThatThrownBy(() -> LexiconLines.read(WordsAndLexiconLinesTest.class, "nope.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource nope.txt next to " + WordsAndLexiconLinesTest.class.getName());
    }
}
