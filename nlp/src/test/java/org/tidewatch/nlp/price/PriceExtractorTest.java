package org.tidewatch.nlp.price;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Price;
import org.tidewatch.nlp.normalise.TextNormaliser;

class PriceExtractorTest {
    private static final PriceExtractor EXTRACTOR = new PriceExtractor();
    private final TextNormaliser normaliser = new TextNormaliser();

    /** Prices as "amount CUR" strings, in order. */
    private List<String> prices(String text, String lang, String... regions) {
        return EXTRACTOR.extract(normaliser.normalise(text), lang, List.of(regions)).stream()
                .map(p -> p.amount().toPlainString() + " " + p.currency()).toList();
    }

    @Test
    void english() {
        assertThat(prices("Price 1800 USD, kids 900", "en")).containsExactly("1800 USD", "900 USD");
        assertThat(prices("only £45k for the whole family", "en")).containsExactly("45000 GBP");
        assertThat(prices("kids under 12 £1200, adults £2,500", "en")).containsExactly("1200 GBP", "2500 GBP");
        assertThat(prices("police seized €2m and $1.5bn, the boat was 12 m long", "en"))
                .containsExactly("2000000 EUR", "1500000000 USD");
    }

    @Test
    void vietnameseBengaliAndSomaliNumberWordsAndCurrencies() {
        assertThat(prices("giá 250 triệu đồng, đặt cọc 50tr", "vi")).containsExactly("250000000 VND", "50000000 VND");
        assertThat(prices("8.000 đô một người, 2 tỷ đồng cho cả nhà", "vi", "VN"))
                .containsExactly("8000 USD", "2000000000 VND");
        assertThat(prices("খরচ ৪ লাখ ৫০ হাজার টাকা, শিশু ২ লাখ", "bn")).containsExactly("450000 BDT", "200000 BDT");
        assertThat(prices("qiimaha 2 kun oo doolar, carruurta 900", "so")).containsExactly("2000 USD", "900 USD");
        assertThat(prices("năm nghìn bảng cho 30 người", "vi")).containsExactly("5000 GBP");
        assertThat(prices("দেড় লাখ টাকা, ১০ জন", "bn")).containsExactly("150000 BDT");
        assertThat(prices("shan kun oo doolar, 20 qof", "so")).containsExactly("5000 USD");
    }

    @Test
    void cfaFrancsTunisianMillionsAndPashtoLakhs() {
        assertThat(prices("600 ألف فرنك سيفا", "ar", "NE")).containsExactly("600000 XOF");
        assertThat(prices("الحرقة ب 4 ملاين", "ar", "TN")).containsExactly("4000 TND");
        assertThat(prices("۲ لکه کلدارې", "ps", "PK")).containsExactly("200000 PKR");
    }

    @Test
    void aBarePriceAfterAMoneyWordTakesTheCurrencyOfThePricedOne() {
        assertThat(prices("Çmimi 2500 euro, fëmijët 1200", "sq")).containsExactly("2500 EUR", "1200 EUR");
        assertThat(prices("السعر 3000 دينار، الأطفال 1500", "ar", "LY")).containsExactly("3000 LYD", "1500 LYD");
        assertThat(prices("fiyat 1500 dolar, çocuk 700", "tr")).containsExactly("1500 USD", "700 USD");
        assertThat(prices("2000 euro, 1500 for kids", "en")).containsExactly("2000 EUR", "1500 EUR");
        assertThat(prices("3000 dinars, 1200 pour les enfants", "fr", "TN")).containsExactly("3000 TND", "1200 TND");
        assertThat(prices("boat for 40 people, 15 children, 2000 euro each", "en")).containsExactly("2000 EUR");
    }

    @Test
    void rangesGiveBothEndsWhicheverEndCarriesTheCurrency() {
        assertThat(prices("3000-5000€", "fr")).containsExactly("3000 EUR", "5000 EUR");
        assertThat(prices("€3000-5000 depending on the boat", "en")).containsExactly("3000 EUR", "5000 EUR");
        assertThat(prices("$2,500 to 3,000", "en")).containsExactly("2500 USD", "3000 USD");
        assertThat(prices("من 3 الى 5 آلاف دينار", "ar", "LY")).containsExactly("3000 LYD", "5000 LYD");
    }

    @Test
    void readsCurrencyWrittenBeforeTheAmountOrAfterPunctuation() {
        assertThat(prices("Rs. 50,000 only", "ur")).containsExactly("50000 PKR");
        assertThat(prices("USD2500 or 2300EUR", "en")).containsExactly("2500 USD", "2300 EUR");
        assertThat(prices("Preis 1.500,- € pro Person", "de")).containsExactly("1500 EUR");
        assertThat(prices("1,2 millions d'euros saisis", "fr")).containsExactly("1200000 EUR");
        assertThat(prices("1.500 dinari libici", "it")).containsExactly("1500 LYD");
    }

    @Test
    void numberWordsMakeAmountsWithAMultiplierOrCurrency() {
        assertThat(prices("ثلاثة آلاف يورو للشخص", "ar")).containsExactly("3000 EUR");
        assertThat(prices("پنج هزار دلار", "fa")).containsExactly("5000 USD");
        assertThat(prices("five thousand euros, two hundred pounds", "en")).containsExactly("5000 EUR", "200 GBP");
        assertThat(prices("cinquemila euro a testa", "it")).containsExactly("5000 EUR");
        assertThat(prices("on bin euro", "tr")).containsExactly("10000 EUR");
        assertThat(prices("pesë mijë lekë", "sq")).containsExactly("5000 ALL");
        assertThat(prices("one boat, five people, price on request", "en")).isEmpty();
    }

    @Test
    void french() {
        assertThat(prices("3 000 € par personne, départ samedi", "fr")).containsExactly("3000 EUR");
        assertThat(prices("entre 3000 et 5000 euros selon la place", "fr")).containsExactly("3000 EUR", "5000 EUR");
        assertThat(prices("500 000 FCFA la place", "fr")).containsExactly("500000 XOF");
    }

    @Test
    void italianSpanishGerman() {
        assertThat(prices("3.500 euro a persona, 2 mila euro per i bambini", "it"))
                .containsExactly("3500 EUR", "2000 EUR");
        assertThat(prices("precio 1.200 dólares, niños 3 mil euros", "es")).containsExactly("1200 USD", "3000 EUR");
        assertThat(prices("2.500 Euro pro Person, 2 Tage Fahrt", "de")).containsExactly("2500 EUR");
    }

    @Test
    void turkish() {
        assertThat(prices("kişi başı 3 bin euro, 5.000 TL kapora", "tr")).containsExactly("3000 EUR", "5000 TRY");
        assertThat(prices("toplam 2 milyon 500 bin TL", "tr")).containsExactly("2500000 TRY");
        assertThat(prices("3-5 bin TL arası", "tr")).containsExactly("3000 TRY", "5000 TRY");
    }

    @Test
    void arabicWithNumberWordsAndDinarsFromContext() {
        assertThat(prices("السعر ٦ آلاف دينار ليبي", "ar")).containsExactly("6000 LYD");
        assertThat(prices("الف يورو فقط", "ar")).containsExactly("1000 EUR");
        assertThat(prices("الخلاص 4 آلاف دينار، ألفين قبل", "ar", "TN")).containsExactly("4000 TND", "2000 TND");
        assertThat(prices("بين 3000 و 5000 دينار", "ar", "LY")).containsExactly("3000 LYD", "5000 LYD");
        assertThat(prices("السعر 500 جنيه", "ar", "SD")).containsExactly("500 SDG");
        assertThat(prices("السعر 500 جنيه", "ar")).containsExactly("500 EGP");
        assertThat(prices("2 مليون ليرة", "ar", "SY")).containsExactly("2000000 SYP");
    }

    @Test
    void maghrebiColloquialMillions() {
        assertThat(prices("80 مليون سنتيم للواحد", "ar", "DZ")).containsExactly("800000 DZD");
        assertThat(prices("الثمن 3 مليون", "ar", "MA")).containsExactly("30000 MAD");
        assertThat(prices("el prix 45 mellion", "ar", "DZ")).containsExactly("450000 DZD");
        assertThat(prices("5 ملاين للراس", "ar", "TN")).containsExactly("5000 TND");
        assertThat(prices("3 مليون سنتيم يعني 30000 درهم", "ar", "MA")).containsExactly("30000 MAD");
    }

    @Test
    void persianPashtoUrduKurdish() {
        assertThat(prices("قیمت ۶۰ میلیون تومان", "fa")).containsExactly("600000000 IRR");
        assertThat(prices("هر نفر ۸۰۰ دلار", "fa")).containsExactly("800 USD");
        assertThat(prices("۵۰ زره افغانۍ او ۲۰۰۰ ډالره", "ps")).containsExactly("50000 AFN", "2000 USD");
        assertThat(prices("5 لاکھ روپے، بچوں کے 2,95,000 روپے", "ur")).containsExactly("500000 PKR", "295000 PKR");
        assertThat(prices("نرخ ١٥٠٠ یۆرۆیە", "ku")).containsExactly("1500 EUR");
        assertThat(prices("biha 3000 ewro ye", "ku")).containsExactly("3000 EUR");
    }

    @Test
    void albanianSerbianAmharicTigrinya() {
        assertThat(prices("2500 euro për person, 50 mijë lekë", "sq")).containsExactly("2500 EUR", "50000 ALL");
        assertThat(prices("cena 3 hiljade evra, 5000 dinara", "sr")).containsExactly("3000 EUR", "5000 RSD");
        assertThat(prices("цена 2.000 евра", "sr")).containsExactly("2000 EUR");
        assertThat(prices("ዋጋ 5000 ብር", "am")).containsExactly("5000 ETB");
        assertThat(prices("ዋጋ 3000 ዶላር፣ 10000 ናቕፋ", "ti")).containsExactly("3000 USD", "10000 ERN");
        assertThat(prices("₦1,250,000 only", "en")).containsExactly("1250000 NGN");
    }

    @Test
    void leavesOutCountsDurationsDistancesYearsSharesAndPhones() {
        assertThat(prices("25 persons, 3 days, 15 km, in 2025, -50%, engine 200 hp", "en")).isEmpty();
        assertThat(prices("السعر 3000 يورو، الاطفال تحت 10 سنين بالنص", "ar")).containsExactly("3000 EUR");
        assertThat(prices("1500 € call 0912345678", "en", "LY")).containsExactly("1500 EUR");
    }

    @Test
    void listsEachAmountOnceWithTheOriginalSpan() {
        String text = "٣٠٠٠ يورو ... 3000 € again";
        List<Price> found = EXTRACTOR.extract(normaliser.normalise(text), "ar", List.of());
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("٣٠٠٠ يورو");
    }

    @Test
    void readsPoundWordsOfEveryLanguageAsSterlingAndEgyptianWordsAsEgyptianPounds() {
        assertThat(prices("fiyat 7 bin sterlin", "tr")).containsExactly("7000 GBP");
        assertThat(prices("çmimi 4 mijë paund", "sq")).containsExactly("4000 GBP");
        assertThat(prices("cena 3000 funti", "sr")).containsExactly("3000 GBP");
        assertThat(prices("el se3r 80 alf geneh", "ar")).containsExactly("80000 EGP");
        assertThat(prices("السعر 9000 ج.م فقط", "ar")).containsExactly("9000 EGP");
        assertThat(prices("price 700 L.E. only", "en")).containsExactly("700 EGP");
    }

    @Test
    void declinedEuroFormsAndConvertibleMarks() {
        assertThat(prices("kushton 2500 eurove", "sq")).containsExactly("2500 EUR");
        assertThat(prices("cijena 900 KM po osobi", "sr")).containsExactly("900 BAM");
        assertThat(prices("put je dug 900 km", "sr")).isEmpty();
    }

    @Test
    void pesosFollowTheCountryOfThePost() {
        assertThat(prices("cobran 15 mil pesos", "es", "MX")).containsExactly("15000 MXN");
        assertThat(prices("cobran 900 mil pesos colombianos", "es")).containsExactly("900000 COP");
        assertThat(prices("precio 2 millones de pesos", "es", "CO")).containsExactly("2000000 COP");
    }

    @Test
    void dirhamsInGeezScriptAreEmiratiFromTheHornOfAfrica() {
        assertThat(prices("ዋጋ 2000 ድርሃም", "am")).containsExactly("2000 AED");
        assertThat(prices("ዋጋ 900 ዶላር", "ti")).containsExactly("900 USD");
    }

    @Test
    void digitsInsideArabiziWordsAreLettersNotAmounts() {
        assertThat(prices("nkhrjo nhar el5mis, 4000 dt", "ar", "TN")).containsExactly("4000 TND");
    }

    @Test
    void readsAnUpperCaseIsoCodeBeforeTheAmount() {
        assertThat(prices("Fee: AUD 4,500 for the whole file", "en")).containsExactly("4500 AUD");
        assertThat(prices("Frais de dossier CAD 1 800", "fr")).containsExactly("1800 CAD");
        assertThat(prices("Preis JOD 350 pro Person", "de")).containsExactly("350 JOD");
        assertThat(prices("TOP 10 routes, ALL 3 boats", "en")).isEmpty();
    }

    @Test
    void readsALocalOneLetterSymbolOnlyWhenThePostPointsAtItsCountry() {
        assertThat(prices("El viaje cuesta Q 9,000 por cabeza", "es", "GT")).containsExactly("9000 GTQ");
        assertThat(prices("Boat seat D 45,000 each", "en", "GM")).containsExactly("45000 GMD");
        assertThat(prices("Taxi R 2500 to the border", "en", "ZA")).containsExactly("2500 ZAR");
        assertThat(prices("Plan D 45,000 people", "en", "FR")).isEmpty();
    }

    @Test
    void lakhAndCroreInSouthAsianScriptsAndTaka() {
        assertThat(prices("পুরো প্যাকেজ ৮ লাখ টাকা", "bn", "BD")).containsExactly("800000 BDT");
        assertThat(prices("package 9 lakh taka only", "en", "BD")).containsExactly("900000 BDT");
        assertThat(prices("خرچہ 15 لاکھ روپے", "ur")).containsExactly("1500000 PKR");
        assertThat(prices("कुल खर्च 2 करोड़ रुपये", "hi", "IN")).containsExactly("20000000 INR");
    }

    @Test
    void colloquialCurrencyWords() {
        assertThat(prices("کرایه ۶۰ زره کلدار", "ps")).containsExactly("60000 PKR");
        assertThat(prices("د سفر بیه ۹۰ زره کلدارې ده", "ps")).containsExactly("90000 PKR");
        assertThat(prices("هزینه ۳۰۰ هزار لیر ترکیه", "fa", "TR")).containsExactly("300000 TRY");
        assertThat(prices("قیمت ۲۰ هزار لیره", "fa", "TR")).containsExactly("20000 TRY");
    }

    @Test
    void aNationalityAdjectiveNextToTheCurrencyWordDecidesTheCountry() {
        assertThat(prices("السعر 300 ديناراً أردنياً", "ar", "LY")).containsExactly("300 JOD");
        assertThat(prices("المبلغ 900 ديناراً كويتياً", "ar")).containsExactly("900 KWD");
        assertThat(prices("The fee is 700 Jordanian dinars", "en", "LY")).containsExactly("700 JOD");
        assertThat(prices("only 2,000 Saudi riyals", "en")).containsExactly("2000 SAR");
        assertThat(prices("ዋጋ 4,000 የሳውዲ ሪያል", "am")).containsExactly("4000 SAR");
        assertThat(prices("ዋጋ 900 የኢማራት ድርሃም", "am")).containsExactly("900 AED");
    }
}
