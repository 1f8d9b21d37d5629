package org.tidewatch.nlp;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.handle.HandleExtractor;
import org.tidewatch.nlp.lang.LanguageIdentifier;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;
import org.tidewatch.nlp.phone.PhoneExtractor;
import org.tidewatch.nlp.phone.RegionHints;
import org.tidewatch.nlp.price.PriceExtractor;

/** Every extractor survives arbitrary text: odd digits, marks, emoji, surrogates, separators in any order. */
class ExtractorsRobustnessTest {
    private static final String[] PIECES = {"0", "9", "3", "00", "+", "+218", " ", "\n", ".", ",", "-", "/", "€", "$",
        "£", "k", "bin", "الف", "مليون", "سنتيم", "تومان", "dinar", "dt", "lira", "جنيه", "٣", "۰", "📞", "🇱🇾", "\u200d",
        "\u0640", "\uFE0F", "\u20E3", "\uD83D", "é", "\u0301", "@", "t.me/", "wa.me/", "telegram:", "ሺ", "ብር", "-",
        "between", "and", "و", "الى", "kids", "2025", "12/05", "10:30", "%", "km", "(0)", "ی", "ک", "ة", "ڕ"};

    @Test
    void neverThrowsOnArbitraryText() {
        TextNormaliser normaliser = new TextNormaliser();
        LanguageIdentifier languages = new LanguageIdentifier();
        RegionHints hints = new RegionHints();
        PhoneExtractor phones = new PhoneExtractor(hints);
        PriceExtractor prices = new PriceExtractor();
        HandleExtractor handles = new HandleExtractor();
        Random random = new Random(42);
        for (int n = 0; n < 1500; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int k = 0; k < pieces; k++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertThatCode(() -> {
                NormalisedText t = normaliser.normalise(input);
                String lang = languages.identify(t).code();
                List<String> regions = hints.regionsFor(t, lang, "LY");
                prices.extract(t, lang, regions, phones.extract(t, regions));
                handles.extract(t);
            }).as("input %s", input).doesNotThrowAnyException();
        }
    }
}
