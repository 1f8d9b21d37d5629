package org.tidewatch.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.normalise.TextNormaliser;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> kinds(String text) {
        return tokenizer.tokenize(text).stream()
                .map(t -> t.isWord() ? t.folded() + (t.suffix() == null ? "" : "'" + t.suffix()) : t.kind().name())
                .toList();
    }

    @Test
    void splitsTurkishCaseSuffixFromPlaceName() {
        assertThat(kinds("İstanbul'dan Almanya’ya")).containsExactly("istanbul'dan", "almanya'ya");
    }

    @Test
    void readsFrenchElisionAsSeparateWord() {
        assertThat(kinds("vers l'Italie, d'Algérie")).containsExactly("vers", "l", "italie", "COMMA", "de", "algerie");
    }

    @Test
    void recognisesArrowsDashesAndTwoWayArrows() {
        assertThat(kinds("Calais -> Dover ⇄ London – Paris ⬅️➡️ Rome <- Nice"))
                .containsExactly("calais", "ARROW", "dover", "ARROW_BOTH", "london", "DASH", "paris", "ARROW_BOTH",
                        "rome", "ARROW_BACK", "nice");
    }

    @Test
    void keepsDecimalPointsInsideNumbersButBreaksSentences() {
        assertThat(kinds("3.500 euro. Next")).containsExactly("3", "500", "euro", "BREAK", "next");
    }

    @Test
    void foldsArabicScriptVariantsAndDigits() {
        assertThat(kinds("إيطاليا ترکیه ۲۵۰۰")).containsExactly("ايطاليا", "تركيه", "2500");
    }

    @Test
    void readsCapitalsFromTheOriginalOfANormalisedText() {
        List<Token> tokens = tokenizer.tokenize(new TextNormaliser().normalise("IST to Nice"));
        assertThat(tokens).extracting(Token::caps).containsExactly(2, 0, 1);
    }

    @Test
    void turnsFlagEmojiIntoCountryTokens() {
        assertThat(tokenizer.tokenize("🇱🇾 ➡️ 🇮🇹")).extracting(Token::folded).containsExactly("LY", "", "IT");
    }
}
