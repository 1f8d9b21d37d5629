package org.tidewatch.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private PhraseIndex.Match<String> first(PhraseIndex<String> index, String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<String> m = index.longestAt(tokens, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    @Test
    void aTildePhraseMatchesOnlyAWordWrittenWithItsDiacritics() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add("~đi", "go");
        assertThat(first(index, "muốn đi Anh").value()).isEqualTo("go");
        assertThat(first(index, "costa di Libia")).isNull();
        assertThat(first(index, "muon di Anh")).isNull();
    }

    @Test
    void prefersTheLongestPhrase() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add("Tripoli", "LY");
        index.add("Tripoli Lebanon", "LB");
        assertThat(first(index, "to Tripoli Lebanon now").value()).isEqualTo("LB");
        assertThat(first(index, "to Tripoli now").value()).isEqualTo("LY");
    }

    @Test
    void stripsArabicCliticsAndReportsThem() {
        PhraseIndex<String> index = new PhraseIndex<>(true);
        index.add("إيطاليا", "IT");
        PhraseIndex.Match<String> m = first(index, "حرقة لإيطاليا");
        assertThat(m.value()).isEqualTo("IT");
        assertThat(m.prefix()).isEqualTo("ل");
    }

    @Test
    void stripsCaseEndingsOnlyWhenAsked() {
        PhraseIndex<String> off = new PhraseIndex<>(true, false);
        PhraseIndex<String> on = new PhraseIndex<>(true, true);
        off.add("Almanya", "DE");
        on.add("Almanya", "DE");
        assertThat(first(off, "Almanyaya gidiyoruz")).isNull();
        assertThat(first(on, "Almanyaya gidiyoruz").suffix()).isEqualTo("ya");
    }

    @Test
    void readsSerbianDeclensionBackToTheNominative() {
        PhraseIndex<String> index = new PhraseIndex<>(true);
        index.add("Italija", "IT");
        index.add("Preševo", "RS");
        assertThat(first(index, "u Italiju").value()).isEqualTo("IT");
        assertThat(first(index, "od Preševa").value()).isEqualTo("RS");
    }

    @Test
    void asksForCapitalsWhenThePhraseIsMarked() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add("=Nice", "FR");
        index.add("=IST", "TR");
        assertThat(first(index, "a nice trip")).isNull();
        assertThat(first(index, "flight to Nice")).isNotNull();
        assertThat(first(index, "ist das gut")).isNull();
        assertThat(first(index, "IST airport").value()).isEqualTo("TR");
    }

    @Test
    void matchesWordPrefixesWithAStar() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add("7arrag*", "harga");
        assertThat(first(index, "les 7arraga partent").value()).isEqualTo("harga");
    }

    @Test
    void keepsTheFirstValueOfADuplicatePhrase() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        assertThat(index.add("Amman", "JO")).isTrue();
        assertThat(index.add("amman", "OM")).isFalse();
        assertThat(first(index, "Amman").value()).isEqualTo("JO");
    }
}
