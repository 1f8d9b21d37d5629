package org.tidewatch.nlp.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.normalise.TextNormaliser;

class MoneyWordsTest {
    private static final TextNormaliser NORMALISER = new TextNormaliser();
    private static final MoneyWords WORDS = new MoneyWords(NORMALISER);

    private static boolean unit(String word) {
        return WORDS.isUnit(NORMALISER.normalise(word).text());
    }

    @Test
    void currenciesAndMultipliersAreUnitsInEveryScript() {
        assertThat(unit("euros")).isTrue();
        assertThat(unit("€")).isTrue();
        assertThat(unit("৳")).isTrue();
        assertThat(unit("dinarë")).isTrue();
        assertThat(unit("евра")).isTrue();
        assertThat(unit("دۆلار")).isTrue();
        assertThat(unit("ዶላር")).isTrue();
        assertThat(unit("k")).isTrue();
        assertThat(unit("ألف")).isTrue();
        assertThat(unit("লাখ")).isTrue();
        assertThat(unit("triệu")).isTrue();
    }

    @Test
    void unitsKeepTheArabicPrefixesAndTurkishCaseEndingsTheCurrencyLookupTolerates() {
        assertThat(unit("بالدولار")).isTrue();
        assertThat(unit("lira'ya")).isTrue();
        assertThat(unit("avrodan")).isTrue();
    }

    @Test
    void wordsThatOnlyBeginLikeAUnitAndNonUnitsAreNoUnits() {
        assertThat(unit("europe")).isFalse();
        assertThat(unit("dans")).isFalse();
        assertThat(unit("days")).isFalse();
        assertThat(unit("đông")).isFalse();
        assertThat(unit("persons")).isFalse();
        assertThat(unit("price")).isFalse();
    }

    @Test
    void readsCodesAndFactorsFromTheLexicon() {
        assertThat(WORDS.currency(NORMALISER.normalise("Dólares").text())).isEqualTo("USD");
        assertThat(WORDS.currency("دينار")).isEqualTo("DINAR");
        assertThat(WORDS.multiplier("lakh")).isEqualByComparingTo(BigDecimal.valueOf(100_000));
        assertThat(WORDS.isCue("price")).isTrue();
        assertThat(WORDS.isNotUnit("persons")).isTrue();
    }

    @Test
    void holdsEveryUnitThePhoneExtractorOnceListedApartWithTheFormsItsPrefixesCaught() {
        // The phone extractor kept its own regex of these (matched as word beginnings) before it asked this lexicon.
        List<String> listed = List.of("€", "$", "£", "₦", "eur", "euro", "usd", "dollar", "dolar", "dt", "da", "tl",
                "tnd", "lyd", "dzd", "mad", "dh", "dinar", "lira", "lire", "pound", "دينار", "دولار", "يورو", "جنيه",
                "ليرة", "درهم", "تومان", "افغاني", "روپے", "ብር", "k", "mil", "bin", "الف", "هزار", "vnd", "vnđ", "đồng",
                "đô", "đ", "₫", "bảng", "triệu", "tr", "nghìn", "ngàn", "tỷ", "টাকা", "লাখ", "হাজার", "৳", "doolar",
                "kun", "gbp", "bdt", "xof", "fcfa", "cfa");
        List<String> prefixed = List.of("euros", "eura", "dollars", "dolares", "dolara", "dinars", "dinara", "dinari",
                "dinarë", "liras", "lirası", "pounds", "دولارات", "يوروهات", "جنيهات", "دينارا", "الاف",
                "টাকার", "হাজারে", "doolarka", "usdt", "dhs", "đôla");
        assertThat(listed).allSatisfy(w -> assertThat(unit(w)).as(w).isTrue());
        assertThat(prefixed).allSatisfy(w -> assertThat(unit(w)).as(w).isTrue());
    }
}
