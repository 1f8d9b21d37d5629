package org.tidewatch.nlp.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidewatch.nlp.match.PhraseIndex;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.Tokenizer;
import org.tidewatch.nlp.normalise.TextNormaliser;

class GazetteerTest {
    static final Gazetteer GAZETTEER = Gazetteer.load();
    private final Tokenizer tokenizer = new Tokenizer();
    private final TextNormaliser normaliser = new TextNormaliser();

    private String place(String text) {
        List<Token> tokens = tokenizer.tokenize(normaliser.normalise(text));
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Place> m = GAZETTEER.placeAt(tokens, i);
            if (m != null) {
                return m.value().name() + "/" + m.value().country();
            }
        }
        return null;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Midilli; Lesbos/GR", "ميديلي; Lesbos/GR", "Nizza; Nice/FR", "Monaco di Baviera; Munich/DE",
        "Wahran; Oran/DZ", "وهران; Oran/DZ", "Zuara; Zuwara/LY", "زوارة; Zuwara/LY", "El Aaiún; Laayoune/EH",
        "Sebha; Sabha/LY", "IST; Istanbul/TR", "Islas Canarias; Canary Islands/ES", "Melilla; Melilla/ES",
        "Velika Kladuša; Velika Kladusa/BA", "Београд; Belgrade/RS", "ኣስመራ; Asmara/ER", "Tapachula; Tapachula/MX",
        "Darién; Darien/PA", "Anjouan; Anjouan/KM", "Mayotte; Mayotte/YT", "Dover; Dover/GB"})
    void findsPlacesByLocalAndForeignNames(String text, String expected) {
        assertThat(place(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Türkiye; Turkey/TR", "ترکیه; Turkey/TR", "ترکیې; Turkey/TR", "Турска; Turkey/TR", "ቱርኪ; Turkey/TR",
        "Bosna i Hercegovina; Bosnia and Herzegovina/BA", "انگلیس; United Kingdom/GB", "Angleterre; United Kingdom/GB",
        "بريطانيا; United Kingdom/GB", "Almanya; Germany/DE", "Alemania; Germany/DE", "ጣልያን; Italy/IT",
        "Yunanistan; Greece/GR", "Greek islands; Greece/GR", "the English coast; United Kingdom/GB",
        "Shqipëri; Albania/AL", "Nemačka; Germany/DE", "ئەڵمانیا; Germany/DE", "Îtalya; Italy/IT"})
    void findsCountriesInEveryLanguageUnderTheirEnglishNames(String text, String expected) {
        assertThat(place(text)).isEqualTo(expected);
    }

    @Test
    void namesEuropeWithoutACountryCode() {
        assertThat(place("إلى أوروبا")).isEqualTo("Europe/null");
        assertThat(place("به اروپا")).isEqualTo("Europe/null");
    }

    @Test
    void leavesCommonWordsAlone() {
        assertThat(place("a nice trip by van with the island view")).isNull();
        assertThat(place("the best ist to book")).isNull();
        assertThat(place("وكالة أسفار")).isNull();
    }

    @Test
    void knowsSeveralThousandNames() {
        assertThat(GAZETTEER.size()).isGreaterThan(4000);
        assertThat(GAZETTEER.country("TR").name()).isEqualTo("Turkey");
        assertThat(GAZETTEER.country("GB").name()).isEqualTo("United Kingdom");
    }
}
