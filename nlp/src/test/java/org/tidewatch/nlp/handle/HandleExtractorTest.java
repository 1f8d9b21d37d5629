package org.tidewatch.nlp.handle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.normalise.TextNormaliser;

class HandleExtractorTest {
    private final HandleExtractor extractor = new HandleExtractor();
    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void findsAtHandlesLinksAndLabelsInOrderOnce() {
        assertThat(extractor.extract(normaliser.normalise(
                "Contact @Sea_Travel99 or t.me/Sea_Travel99, telegram: BoatOffice and https://t.me/other_one")))
                .containsExactly("@Sea_Travel99", "@BoatOffice", "@other_one");
    }

    @Test
    void reportsWhatsAppLinksAndIgnoresEmails() {
        assertThat(extractor.extract(normaliser.normalise("write to office@example.com or wa.me/218912345678")))
                .containsExactly("wa.me/+218912345678");
    }

    @Test
    void readsHandlesInArabicScriptPosts() {
        assertThat(extractor.extract(normaliser.normalise("تلغرام: safe_trip2025 📲"))).containsExactly("@safe_trip2025");
    }
}
