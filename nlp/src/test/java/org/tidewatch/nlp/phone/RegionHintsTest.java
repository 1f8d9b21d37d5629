package org.tidewatch.nlp.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;

class RegionHintsTest {
    private static final RegionHints HINTS = new RegionHints();
    private final TextNormaliser normaliser = new TextNormaliser();

    private NormalisedText t(String text) {
        return normaliser.normalise(text);
    }

    @Test
    void mapsLanguagesAndCurrenciesToRegions() {
        assertThat(RegionHints.forLanguage("ps")).containsExactly("AF", "PK");
        assertThat(RegionHints.forLanguage("ti")).containsExactly("ER", "ET");
        assertThat(RegionHints.forLanguage("sq")).startsWith("AL", "XK");
        assertThat(RegionHints.forLanguage("xx")).isEmpty();
        assertThat(RegionHints.forCurrency("TND")).contains("TN");
        assertThat(RegionHints.forCurrency("EUR")).isEmpty();
    }

    @Test
    void findsCountriesNamedNextToAPhoneWordInSeveralLanguages() {
        assertThat(HINTS.explicitCues(t("للتواصل رقم ليبيا فقط"))).containsExactly("LY");
        assertThat(HINTS.explicitCues(t("WhatsApp Libya or Viber"))).containsExactly("LY");
        assertThat(HINTS.explicitCues(t("chiamate il numero tunisino"))).containsExactly("TN");
        assertThat(HINTS.explicitCues(t("from Libya to Italy"))).isEmpty();
    }

    @Test
    void findsCountriesCitiesDemonymsAndFlags() {
        assertThat(HINTS.mentioned(t("Départ de Sfax vers l'Italie"))).containsExactly("TN", "IT");
        assertThat(HINTS.mentioned(t("İzmir'den Yunanistan'a"))).containsExactly("TR", "GR");
        assertThat(RegionHints.flags("🇱🇾 ➡️ 🇮🇹 🇪🇺")).containsExactly("LY", "IT");
    }

    @Test
    void ordersCuesThenSourceThenFittingMentionsThenLanguage() {
        List<String> regions = HINTS.regionsFor(t("Kurdish trip from Calais to Britain"), "ku", null);
        // The language's main region comes before the destinations named.
        assertThat(regions.indexOf("IQ")).isLessThan(regions.indexOf("GB"));
        assertThat(HINTS.regionsFor(t("رقم السودان"), "ar", "TN")).startsWith("SD", "TN");
        assertThat(HINTS.regionsFor(t("برشا ناس"), "ar", null, List.of(), List.of())).startsWith("TN");
        assertThat(HINTS.regionsFor(t("x"), "ar", null, List.of("DZD"), List.of())).startsWith("DZ");
    }
}
