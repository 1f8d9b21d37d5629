package org.tidewatch.nlp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.match.Tokenizer;
import org.tidewatch.nlp.normalise.TextNormaliser;

class IndicatorLexiconTest {
    private static final IndicatorLexicon LEXICON = IndicatorLexicon.load();
    private final Tokenizer tokenizer = new Tokenizer();
    private final TextNormaliser normaliser = new TextNormaliser();

    private List<String> ids(String text) {
        return LEXICON.find(tokenizer.tokenize(normaliser.normalise(text))).stream()
                .map(h -> h.indicator().id()).toList();
    }

    @Test
    void findsMaghrebiHargaBehindCliticsAndInArabizi() {
        assertThat(ids("والحرقة مضمونة")).containsExactly("crossing.harga", "trip.guaranteed");
        assertThat(ids("7arga l italia")).containsExactly("crossing.harga");
    }

    @Test
    void findsEscrowPaymentInManyLanguages() {
        assertThat(ids("ödeme emanet usulü")).contains("pay.escrow");
        assertThat(ids("پول در امانت تا رسیدن")).contains("pay.after_arrival");
        assertThat(ids("المبلغ عند مكتب الضمان")).contains("pay.escrow");
        assertThat(ids("Bezahlung nach Ankunft")).containsExactly("pay.after_arrival");
    }

    @Test
    void prefersTheLongerCounterPhraseOverTheWordInside() {
        assertThat(ids("we do not guarantee the visa")).containsExactly("trip.no_guarantee", "docs.items");
        assertThat(ids("visa without appointment")).containsExactly("docs.guaranteed_visa");
    }

    @Test
    void givesEveryIndicatorAGlossAndACategoryHint() {
        assertThat(LEXICON.indicators()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.gloss()).isNotBlank();
            assertThat(i.hint()).isIn("sea", "land", "truck", "river", "air", "doc", "ferry", "weak", "-");
        });
    }

    @Test
    void rejectsABadResourceNamingLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorLexicon.load("missing.tsv"))
                .hasMessageContaining("missing.tsv");
    }

    @Test
    void aBorrowedPassportIsAnAirTripHintInManyLanguages() {
        assertThat(ids("fly to Paris on a borrowed passport")).contains("docs.lookalike");
        assertThat(ids("vol pour Londres avec le passeport d'un autre")).contains("docs.lookalike");
        assertThat(ids("له کابل څخه د بل چا پاسپورت سره")).contains("docs.lookalike");
        assertThat(ids("me pasaportë gjermane të huazuar nga Tirana")).contains("docs.lookalike");
        assertThat(ids("کسی اور کے پاسپورٹ پر سفر")).contains("docs.lookalike");
    }

    @Test
    void gezAccusativePapersAreDocuments() {
        assertThat(ids("ቪዛን ንሰርሕ")).contains("docs.items");
        assertThat(ids("ፓስፖርቱን እናዘጋጀን")).contains("docs.items");
    }

    @Test
    void kurmanjiLiCemIsAtNotARiver() {
        assertThat(ids("pere li cem emanetê")).doesNotContain("land.river");
        assertThat(ids("em ê di çem re derbas bibin")).contains("land.river");
        assertThat(ids("paşê bi qeyikê derbasî giravê")).contains("sea.boat");
        assertThat(ids("heta sînor bi erebeyê")).contains("land.vehicle");
    }
}
