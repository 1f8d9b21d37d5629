package org.tidewatch.nlp.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.normalise.TextNormaliser;

/** Numbers are libphonenumber's documented example numbers (LY, TN, TR, IT, GB, FR, IQ, IR, VN, BD, ET, AF, RS). */
class PhoneExtractorTest {
    private static final RegionHints HINTS = new RegionHints();
    private static final PhoneExtractor EXTRACTOR = new PhoneExtractor(HINTS);
    private final TextNormaliser normaliser = new TextNormaliser();

    private List<String> phones(String text, String... regions) {
        return EXTRACTOR.extract(normaliser.normalise(text), List.of(regions)).stream().map(PhoneMatch::e164).toList();
    }

    @Test
    void readsInternationalNumbersWithPlusOrDoubleZeroWithoutRegions() {
        assertThat(phones("call +218 91 2345678 now")).containsExactly("+218912345678");
        assertThat(phones("WhatsApp 00216 20 123 456")).containsExactly("+21620123456");
        assertThat(phones("Tel: +44 (0) 7400 123456")).containsExactly("+447400123456");
    }

    @Test
    void readsNumbersSplitByEmojiDotsAndDashes() {
        assertThat(phones("0️⃣9️⃣1️⃣ 📞 234 📞 5678", "LY")).containsExactly("+218912345678");
        assertThat(phones("0501.234.56.78", "TR")).containsExactly("+905012345678");
        assertThat(phones("312-345-6789 ☎️", "IT")).containsExactly("+393123456789");
        assertThat(phones("06/12/34/56/78", "FR")).containsExactly("+33612345678");
        assertThat(phones("0 9 1 2 3 4 5 6 7 8", "LY")).containsExactly("+218912345678");
        assertThat(phones("Tel0912345678 / 7arga 2000", "LY")).containsExactly("+218912345678");
    }

    @Test
    void readsArabicIndicAndPersianDigits() {
        assertThat(phones("اتصل ٠٩١٢٣٤٥٦٧٨", "LY")).containsExactly("+218912345678");
        assertThat(phones("تماس ۰۷۹۱ ۲۳۴ ۵۶۷۸", "IQ")).containsExactly("+9647912345678");
    }

    @Test
    void resolvesNationalNumbersInTheFirstRegionWhereTheyAreMobile() {
        // 07400 123456 is a mobile in both the UK and Iraq: the order of the regions decides.
        assertThat(phones("07400 123456", "GB", "IQ")).containsExactly("+447400123456");
        assertThat(phones("07400 123456", "IQ", "GB")).containsExactly("+9647400123456");
        // 0612345678 is not a valid Italian number, so the French reading wins.
        assertThat(phones("06 12 34 56 78", "IT", "FR")).containsExactly("+33612345678");
        // 091 2345678 is a landline in Palermo but a mobile in Libya: mobile wins.
        assertThat(phones("091 2345678", "IT", "LY")).containsExactly("+218912345678");
    }

    @Test
    void aCountryNamedWithAPhoneWordRightBeforeTheNumberComesFirst() {
        assertThat(phones("واتساب ليبيا 0912345678", "SD", "LY")).containsExactly("+218912345678");
        assertThat(phones("Libya number: 0912345678", "SD")).containsExactly("+218912345678");
    }

    @Test
    void leavesOutYearsPricesDatesTimesAndCounts() {
        assertThat(phones("2025: 3000 € per person, 25 persons, 12/05/2026 at 15:30, 1 250 000 dinars", "LY", "TN"))
                .isEmpty();
        // Eight digits like a Tunisian mobile, but a date or a season.
        assertThat(phones("départ le 20/06/2025, saison 2024-2025, 20.06.25", "TN")).isEmpty();
    }

    @Test
    void keepsAPhoneNextToAPrice() {
        assertThat(phones("السعر 3000 دينار 0912345678", "LY")).containsExactly("+218912345678");
    }

    @Test
    void listsANumberWrittenTwiceOnceInOrder() {
        assertThat(phones("+216 20 123 456 / 20 123 456 then +39 312 345 6789", "TN"))
                .containsExactly("+21620123456", "+393123456789");
    }

    @Test
    void readsWhatsAppLinksAsInternational() {
        assertThat(phones("https://wa.me/218912345678")).containsExactly("+218912345678");
    }

    @Test
    void reportsTheSpanInTheOriginalText() {
        String text = "رقم: +٢١٨ ٩١ ٢٣٤٥٦٧٨ شكرا";
        PhoneMatch m = EXTRACTOR.extract(normaliser.normalise(text), List.of()).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("+٢١٨ ٩١ ٢٣٤٥٦٧٨");
        assertThat(m.region()).isEqualTo("LY");
    }

    @Test
    void aCurrencySymbolClosingTheAmountBeforeDoesNotMakeTheNumberAPrice() {
        assertThat(phones("Precio 9.800 € 612345678", "ES")).containsExactly("+34612345678");
        assertThat(phones("Cena 1.200 € 0601234567", "RS")).containsExactly("+381601234567");
        assertThat(phones("Nur 3.000 € 01512 3456789", "DE")).containsExactly("+4915123456789");
        assertThat(phones("Prix € 612345678", "ES")).isEmpty();
    }

    @Test
    void aCountryNamedWithALineOrCallWordWinsOverAnotherCountrySharingThePrefix() {
        assertThat(phones("Call our Kenya line 0712 123456", "ET", "KE")).containsExactly("+254712123456");
        assertThat(phones("ligne Kenya 0712 123456", "ET", "KE")).containsExactly("+254712123456");
        assertThat(phones("رقم أردني 07 9012 3456", "DZ", "JO")).containsExactly("+962790123456");
        assertThat(phones("Ethiopia mobile 0712 123456", "KE", "ET")).containsExactly("+251712123456");
    }

    /** Asserts that {@code number} alone is a phone of {@code region} and that {@code number + after} is an amount. */
    private void assertAmountWith(String number, String after, String region) {
        assertThat(phones(number, region)).as("%s alone", number).hasSize(1);
        assertThat(phones(number + after, region)).as("%s%s", number, after).isEmpty();
    }

    @Test
    void aNumberFollowedByACurrencyOfTheMoneyLexiconIsAnAmountInEveryScript() {
        assertAmountWith("20123456", " dt", "TN");
        assertAmountWith("20123456", " dinars", "TN");
        assertAmountWith("0912345678", " دينار", "LY");
        assertAmountWith("0912345678", " بالدينار", "LY");
        assertAmountWith("09123456789", " تومان", "IR");
        assertAmountWith("0701234567", " افغانۍ", "AF");
        assertAmountWith("0911234567", " ብር", "ET");
        assertAmountWith("01812345678", " টাকা", "BD");
        assertAmountWith("0912345678", " đồng", "VN");
        assertAmountWith("0912345678", " đ", "VN");
        assertAmountWith("0601234567", " евра", "RS");
        assertAmountWith("05012345678", " lira'ya", "TR");
        assertAmountWith("3123456789", "€", "IT");
        assertAmountWith("07400123456", " £", "GB");
    }

    @Test
    void aNumberFollowedByAMultiplierOfTheMoneyLexiconIsAnAmount() {
        assertAmountWith("20123456", " mil", "TN");
        assertAmountWith("0912345678", " k", "LY");
        assertAmountWith("0912345678", " ألف", "LY");
        assertAmountWith("09123456789", " هزار", "IR");
        assertAmountWith("0912345678", " triệu", "VN");
        assertAmountWith("01812345678", " লাখ", "BD");
        assertAmountWith("3123456789", " mila", "IT");
    }

    @Test
    void aWordThatOnlyBeginsLikeACurrencyLeavesThePhone() {
        assertThat(phones("06 12 34 56 78 Europe", "FR")).containsExactly("+33612345678");
        assertThat(phones("appelez le 06 12 34 56 78 dans la journée", "FR")).containsExactly("+33612345678");
        assertThat(phones("chiamare 312 345 6789 dal lunedì", "IT")).containsExactly("+393123456789");
        assertThat(phones("0912 345 678 đông khách", "VN")).containsExactly("+84912345678");
    }

    @Test
    void aCurrencyOnTheNextLineBelongsToTheNextLine() {
        assertThat(phones("Tel 06 12 34 56 78\nEuro 2500 par personne", "FR")).containsExactly("+33612345678");
        assertThat(phones("Tel 06 12 34 56 78 Euro 2500", "FR")).isEmpty();
    }

    @Test
    void aCurrencySymbolOfTheMoneyLexiconLeadsAnAmount() {
        assertThat(phones("Fiyat 5012345678", "TR")).containsExactly("+905012345678");
        assertThat(phones("Fiyat ₺ 5012345678", "TR")).isEmpty();
        assertThat(phones("Fiyat ₺5012345678", "TR")).isEmpty();
    }
}
