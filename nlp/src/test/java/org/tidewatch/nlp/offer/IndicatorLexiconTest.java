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
    void givesEveryIndicatorAGlossAndALookalikePassportBothAnAirAndADocumentHint() {
        assertThat(LEXICON.indicators()).isNotEmpty().allSatisfy(i -> assertThat(i.gloss()).isNotBlank());
        assertThat(LEXICON.indicators()).filteredOn(i -> i.id().equals("docs.lookalike")).singleElement()
                .satisfies(i -> assertThat(i.hints()).containsExactly("air", "doc"));
        assertThat(LEXICON.indicators()).filteredOn(i -> i.id().equals("crossing.tahrib")).singleElement()
                .satisfies(i -> assertThat(i.hints()).isEmpty());
    }

    @Test
    void readsSeveralHintsSeparatedByCommasOneHintOrADashForNone() {
        List<Indicator> read = IndicatorLexicon.load("hints.tsv").indicators();
        assertThat(read).extracting(Indicator::id).containsExactly("test.borrowed", "test.escort", "test.plain",
                "test.remit");
        assertThat(read.get(0).hints()).containsExactly("air", "doc");
        assertThat(read.get(0).hasHint("doc")).isTrue();
        assertThat(read.get(1).hints()).containsExactly("air");
        assertThat(read.get(1).hasHint("doc")).isFalse();
        assertThat(read.get(2).hints()).isEmpty();
    }

    @Test
    void rejectsAnUnknownHintNamingFileLineIndicatorAndHint() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorLexicon.load("bad-hint.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("bad-hint.tsv:3: hint of test.bike must be one of " + Indicator.HINTS + " or -: bicycle");
    }

    @Test
    void rejectsAHintGivenTwiceNamingIndicatorAndHint() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Indicator("test.twice", 1.0, List.of("air", "air"),
                        "twice")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hint of test.twice is given twice: air");
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
