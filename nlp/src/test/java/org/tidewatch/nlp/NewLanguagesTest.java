package org.tidewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Enrichment;

/**
 * Vietnamese, Bengali and Somali posts end to end (language, offer, category, prices, routes, phones), and the
 * offer-evidence rules written for the third held-out set's error families. Every sentence was written for this test.
 */
class NewLanguagesTest {
    private static Enrichment enrich(String text) {
        return StandardEnricherTest.ENRICHER.enrich(text, EnrichHints.NONE);
    }

    private static String offer(Enrichment e) {
        return e.isOffer() ? e.category() : "no";
    }

    private static List<String> prices(Enrichment e) {
        return e.prices().stream().map(p -> p.amount().toPlainString() + " " + p.currency()).toList();
    }

    private static List<String> routes(Enrichment e) {
        return e.routes().stream().map(r -> r.placeKey()).toList();
    }

    @Nested
    class Vietnamese {
        @Test
        void lorryToEnglandFromFranceIsALandOfferInPounds() {
            Enrichment e = enrich("Nhận đưa người đi Anh bằng xe container từ Pháp, giá 15.000 bảng, "
                    + "đến nơi mới trả tiền. Liên hệ +44 7400 123456");
            assertThat(e.lang()).isEqualTo("vi");
            assertThat(offer(e)).isEqualTo("land_crossing");
            assertThat(prices(e)).containsExactly("15000 GBP");
            assertThat(routes(e)).containsExactly("France>United Kingdom");
            assertThat(e.phones()).containsExactly("+447400123456");
        }

        @Test
        void boatFromCalaisPricedInDollarsAndMillionsOfDong() {
            Enrichment e = enrich("Chuyến tới đi Anh bằng thuyền từ Calais, 8.000 đô một người, đặt cọc 2000 đô");
            assertThat(offer(e)).isEqualTo("sea_crossing");
            assertThat(prices(e)).containsExactly("8000 USD", "2000 USD");
            assertThat(routes(e)).containsExactly("Calais>United Kingdom");
            assertThat(prices(enrich("Xe lạnh từ Bỉ sang Anh, giá 300 triệu đồng, bao qua"))).containsExactly("300000000 VND");
            // Nine digits with thousands dots before a currency are a price, though a Vietnamese mobile is nine digits too.
            Enrichment dotted = enrich("Giá 350.000.000 VND, đi Anh bằng xe tải, gọi 0912 345 678");
            assertThat(prices(dotted)).containsExactly("350000000 VND");
            assertThat(dotted.phones()).containsExactly("+84912345678");
        }

        @Test
        void policeReportIsNoOfferAndItalianDiStaysNoDestination() {
            Enrichment news = enrich("Công an bắt giữ nhóm đưa người sang Anh, nhiều nạn nhân tử vong trong xe container");
            assertThat(news.lang()).isEqualTo("vi");
            assertThat(offer(news)).isEqualTo("no");
            // "đi" (go) asks for its diacritic: the Italian "di" before a place is no destination.
            assertThat(routes(enrich("Il sindaco di Lampedusa ha parlato ieri"))).isEmpty();
        }

        @Test
        void officeWordIsNoVanAndTravelAdvertIsNoOffer() {
            Enrichment e = enrich("Nhận làm visa du lịch Hàn Quốc, vé máy bay giá rẻ, liên hệ văn phòng");
            assertThat(offer(e)).isEqualTo("no");
            assertThat(e.reasons()).noneMatch(r -> r.indicator().equals("land.vehicle"));
        }
    }

    @Nested
    class Bengali {
        @Test
        void boatFromTeknafInLakhsOfTakaWithBengaliDigits() {
            Enrichment e = enrich("টেকনাফ থেকে নৌকায় মালয়েশিয়া যাওয়ার ব্যবস্থা আছে, জনপ্রতি ২ লাখ টাকা, যোগাযোগ করুন");
            assertThat(e.lang()).isEqualTo("bn");
            assertThat(offer(e)).isEqualTo("sea_crossing");
            assertThat(prices(e)).containsExactly("200000 BDT");
            assertThat(routes(e)).containsExactly("Teknaf>Malaysia");
        }

        @Test
        void libyaRouteWithATransitAndLakhPlusThousands() {
            Enrichment e = enrich("ঢাকা থেকে দুবাই হয়ে লিবিয়া, তারপর লিবিয়া থেকে ইতালি। খরচ ৮ লাখ ৫০ হাজার টাকা, "
                    + "ইতালি পৌঁছানোর পর টাকা");
            assertThat(offer(e)).isEqualTo("sea_crossing");
            assertThat(prices(e)).containsExactly("850000 BDT");
            assertThat(routes(e)).containsExactly("Dhaka>Libya", "Libya>Italy");
        }

        @Test
        void shipwreckReportIsNoOffer() {
            Enrichment e = enrich("লিবিয়া থেকে ইতালি যাওয়ার পথে নৌকাডুবি, ৩০ জন নিখোঁজ, পুলিশ জানায়");
            assertThat(offer(e)).isEqualTo("no");
            assertThat(routes(e)).containsExactly("Libya>Italy");
        }
    }

    @Nested
    class Somali {
        @Test
        void tahriibFromBosasoToYemenThenSaudiArabia() {
            Enrichment e = enrich("Tahriib: Boosaaso ilaa Yaman doon ayaa ka ambabaxaysa, qofkiiba 600 doolar, "
                    + "lacagta marka aad gaarto Sacuudiga");
            assertThat(e.lang()).isEqualTo("so");
            assertThat(offer(e)).isEqualTo("sea_crossing");
            assertThat(prices(e)).containsExactly("600 USD");
            assertThat(routes(e)).containsExactly("Bosaso>Yemen", "Yemen>Saudi Arabia");
        }

        @Test
        void thousandsOfDollarsAfterTheLinkingOo() {
            Enrichment e = enrich("Ciddii doonaysa Liibiya ilaa Talyaaniga, 3 kun oo doolar, la xiriir +218 91 2345678");
            assertThat(e.lang()).isEqualTo("so");
            assertThat(prices(e)).containsExactly("3000 USD");
            assertThat(routes(e)).containsExactly("Libya>Italy");
            assertThat(e.phones()).containsExactly("+218912345678");
        }

        @Test
        void warningAgainstTahriibIsNoOffer() {
            assertThat(offer(enrich("Digniin: dhalinyarada ha u dhoofin tahriibka, doon ayaa ku qarraqmay badda")))
                    .isEqualTo("no");
        }
    }

    @Nested
    class EvidenceRules {
        @Test
        void aFareWordIsNoVetoBesideACrossingCue() {
            Enrichment e = enrich("د کابل نه تر ایران کرایه ۵۰ زره افغانۍ، بې له ویزې، تضمینی");
            assertThat(offer(e)).isEqualTo("land_crossing");
            assertThat(e.reasons()).noneMatch(r -> r.indicator().equals("advert.ambiguous"));
            assertThat(offer(enrich("کور په کرایه ورکول کیږي، ماهانه ۱۵ زره افغانۍ"))).isEqualTo("no");
        }

        @Test
        void forgedPermitRegisteredAtThePrefectureIsADocumentOffer() {
            Enrichment e = enrich("Carte de résident 10 ans, vraie, enregistrée à la préfecture, 4000 euros, contact WhatsApp");
            assertThat(offer(e)).isEqualTo("documents");
            assertThat(e.reasons()).noneMatch(r -> r.indicator().equals("news.report"));
        }

        @Test
        void borrowedPassportWithADirectFlightIsAnAirOffer() {
            assertThat(offer(enrich("Vol direct pour Londres avec passeport d'un autre, billet inclus, 6000 euros")))
                    .isEqualTo("air_crossing");
        }

        @Test
        void honeymoonPackageWithAFlightIsNoOffer() {
            assertThat(offer(enrich("Honeymoon package to Zanzibar: flight and hotel, half board, 1800 euro per person")))
                    .isEqualTo("no");
        }

        @Test
        void warningQuotingASloganInSingleQuotesIsNoOffer() {
            assertThat(offer(enrich("Smugglers promise a 'guaranteed crossing' from Libya to Italy for 3000 euros")))
                    .isEqualTo("no");
        }

        @Test
        void moneyTransferAdvertNamesNoRoute() {
            Enrichment e = enrich("Send money from Italy to Bangladesh, best rate, same day, call +39 312 345 6789");
            assertThat(offer(e)).isEqualTo("no");
            assertThat(e.routes()).isEmpty();
        }

        @Test
        void cfaFrancsAndPashtoLakhsOfRupees() {
            assertThat(prices(enrich("السفر من أغاديس إلى ليبيا، 500 ألف فرنك سيفا للشخص"))).containsExactly("500000 XOF");
            assertThat(prices(enrich("کوټې نه ایران ته لار، ۳ لکه کلدارې، د رسیدو وروسته"))).containsExactly("300000 PKR");
        }

        @Test
        void aChildPriceWithoutCurrencyTakesTheAdultOne() {
            assertThat(prices(enrich("Gomone nga Durrësi për në Ankona, 3000 euro, fëmijët 1500")))
                    .containsExactly("3000 EUR", "1500 EUR");
        }
    }
}
