package org.tidewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Reason;

class StandardEnricherTest {
    static final StandardEnricher ENRICHER = new StandardEnricher();

    private static Enrichment enrich(String text) {
        return ENRICHER.enrich(text, EnrichHints.NONE);
    }

    private static String offer(String text) {
        Enrichment e = enrich(text);
        return e.isOffer() ? e.category() : "no";
    }

    @Nested
    class Offers {
        @Test
        void arabicDialects() {
            assertThat(offer("حرقة مضمونة من نابل لإيطاليا، الفلوكة جديدة، الخلاص كي توصل، كلمني واتساب +216 20 123 456"))
                    .isEqualTo("sea_crossing");
            assertThat(offer("رحلة من طبرق لليونان بمركب كبير، الدفع بعد الوصول، المبلغ أمانة عند مكتب"))
                    .isEqualTo("sea_crossing");
            assertThat(offer("جوازات سفر أوروبية مسجلة في السيستم، تسليم خلال شهر، للجادين فقط")).isEqualTo("documents");
        }

        @Test
        void persianPashtoUrduKurdish() {
            assertThat(offer("گیم از بوسنی به کرواسی با راهنما، پول در امانت تا رسیدن، واتساپ")).isEqualTo("land_crossing");
            assertThat(offer("له یونان نه ایټالیا ته په موټر، تضمیني، پیسې د رسیدو وروسته")).isEqualTo("land_crossing");
            assertThat(offer("ترکی سے یونان کشتی کے ذریعے، گارنٹی، رقم پہنچنے کے بعد")).isEqualTo("sea_crossing");
            assertThat(offer("Ji Tirkiyê bo Almanyayê bi TIR, garantî, pere li cem emanetçî")).isEqualTo("land_crossing");
        }

        @Test
        void europeanLanguages() {
            assertThat(offer("Traversée en zodiac depuis Gravelines vers l'Angleterre, paiement à l'arrivée"))
                    .isEqualTo("sea_crossing");
            assertThat(offer("Passaggio sicuro dalla Bosnia all'Italia a piedi con guida, pagamento all'arrivo"))
                    .isEqualTo("land_crossing");
            assertThat(offer("Vuelo a Madrid con pasaporte parecido, pasamos el control del aeropuerto, pagas al llegar"))
                    .isEqualTo("air_crossing");
            assertThat(offer("Wir bringen euch im LKW versteckt von Italien nach Deutschland, Bezahlung nach Ankunft"))
                    .isEqualTo("land_crossing");
            assertThat(offer("Pasaporta të regjistruara në sistem, dokumente origjinale, kontaktoni")).isEqualTo("documents");
            assertThat(offer("Prebacivanje iz Srbije u Mađarsku kombijem, garantovano, plaćanje po dolasku"))
                    .isEqualTo("land_crossing");
            assertThat(offer("Mersin'den İtalya'ya yatla garantili yolculuk, ödeme emanet ofisinde")).isEqualTo("sea_crossing");
        }

        @Test
        void offersWithFewKeywords() {
            assertThat(offer("Serbia to Austria in a private car, the driver knows the roads, no police, 1500 euro"))
                    .isEqualTo("land_crossing");
            assertThat(offer("Cruce por el río Bravo con pollero de confianza, te esperan del otro lado"))
                    .isEqualTo("land_crossing");
        }

        @Test
        void geezScript() {
            assertThat(offer("ካብ ሊብያ ናብ ጣልያን ብጃልባ፡ ክፍሊት ድሕሪ ምብጻሕ")).isEqualTo("sea_crossing");
        }
    }

    @Nested
    class HardNegatives {
        @Test
        void newsAndCourtReports() {
            assertThat(offer("Police arrested four smugglers who charged 4000 euros for the boat from Libya to Italy"))
                    .isEqualTo("no");
            assertThat(offer("ألقت الشرطة القبض على مهرب في زوارة حسب مصادر أمنية")).isEqualTo("no");
        }

        @Test
        void ngoWarningsQuotingSlogans() {
            assertThat(offer("UNHCR warning: promises of a \"guaranteed trip\" and \"payment after arrival\" are lies"))
                    .isEqualTo("no");
        }

        @Test
        void legalFerriesAndAgencies() {
            assertThat(offer("Ferry Bari - Durres every night, return ticket 120 euro, book at our travel agency"))
                    .isEqualTo("no");
        }

        @Test
        void demandSideAndVictims() {
            assertThat(offer("Looking for someone who can take me from Turkey to Greece, who knows a good person?"))
                    .isEqualTo("no");
            assertThat(offer("Warning this man is a scammer, he took our money for a boat to Italy and disappeared"))
                    .isEqualTo("no");
        }

        @Test
        void domesticRemovalsAndCarPooling() {
            assertThat(offer("نقل عفش من طرابلس الى بنغازي، الدفع بعد التوصيل، اتصل بنا")).isEqualTo("no");
            assertThat(offer("Covoiturage Lyon → Marseille dimanche, 2 places, 20 euros")).isEqualTo("no");
        }

        @Test
        void jobAndCarAdverts() {
            assertThat(offer("Job in Germany for truck drivers, salary 3000 euro, send CV")).isEqualTo("no");
        }
    }

    @Nested
    class Extraction {
        @Test
        void fillsEveryFieldWithEnglishReasons() {
            Enrichment e = enrich("Boat from Zuwara to Lampedusa, 2500 euro per person, pay after arrival. WhatsApp +218 91 2345678");
            assertThat(e.lang()).isEqualTo("en");
            assertThat(e.isOffer()).isTrue();
            assertThat(e.routes()).extracting(r -> r.placeKey()).containsExactly("Zuwara>Lampedusa");
            assertThat(e.phones()).containsExactly("+218912345678");
            assertThat(e.prices()).extracting(p -> p.amount().toPlainString() + " " + p.currency())
                    .containsExactly("2500 EUR");
            assertThat(e.reasons()).extracting(Reason::display).contains("pay after arrival = pay after arrival");
        }

        @Test
        void readsThePhoneRegionFromThePlacesNamed() {
            Enrichment e = enrich("رحلة من زوارة الى لامبيدوزا، واتساب 091 234 5678");
            assertThat(e.phones()).containsExactly("+218912345678");
        }

        @Test
        void glossesTheMatchedWordInItsOwnScript() {
            Enrichment e = enrich("حرقة لإيطاليا");
            assertThat(e.reasons()).extracting(Reason::display).contains("حرقة = irregular crossing (Maghrebi \"harga\")");
        }
    }

    @Nested
    class Robustness {
        @Test
        void neverThrowsOnOddInput() {
            for (String text : new String[] {"", " ", "\n\n", "🇱🇾➡️🇮🇹", "'", "«", "->", "a".repeat(100_000),
                    "\uD800", "من", "0000000000000000000000000", null}) {
                Enrichment e = ENRICHER.enrich(text, EnrichHints.NONE);
                assertThat(e.score()).isBetween(0.0, 1.0);
            }
            assertThat(ENRICHER.enrich("Boat to Italy", null).lang()).isNotNull();
        }

        @Test
        void givesTheSameAnswersFromManyThreads() throws Exception {
            List<String> texts = List.of("Boat from Sfax to Lampedusa 2000€", "از ترکیه به یونان با قایق، تضمینی",
                    "Ferry Algeciras Tangier", "حرقة مليبيا لإيطاليا");
            List<Enrichment> expected = texts.stream().map(StandardEnricherTest::enrich).toList();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Enrichment>>> futures = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    futures.add(pool.submit(() -> texts.stream().map(StandardEnricherTest::enrich).toList()));
                }
                for (Future<List<Enrichment>> f : futures) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Nested
    class DocumentSales {
        @Test
        void fewWordDocumentAdvertsWithAPriceOrContactAreOffers() {
            assertThat(offer("Leje qëndrimi gjermane origjinale, të regjistruara, 3500 euro")).isEqualTo("documents");
            assertThat(offer("Lične karte originalne, upisane u sistem, 2500 evra")).isEqualTo("documents");
            assertThat(offer("Oturum kartı, sisteme kayıtlı, fiyat 4 bin avro")).isEqualTo("documents");
            assertThat(offer("Permesso di soggiorno registrato in questura, 3000 euro, scrivere in privato"))
                    .isEqualTo("documents");
        }

        @Test
        void theSameVocabularyInPoliceNewsIsNoOffer() {
            assertThat(offer("La polizia ha arrestato tre persone che vendevano permessi di soggiorno falsi a 3000 euro"))
                    .isEqualTo("no");
            assertThat(offer("Policija uhapsila grupu koja je prodavala pasoše upisane u sistem za 2500 evra"))
                    .isEqualTo("no");
        }

        @Test
        void aNegatedHargaIsNoOffer() {
            assertThat(offer("billet bateau Tunis Marseille 250 euro, machi harga, ferry officiel")).isEqualTo("no");
        }
    }

    @Nested
    class Routes {
        private static final java.util.Set<String> ROUTE_REASONS = java.util.Set.of("signal.route", "signal.corridor",
                "signal.domestic");

        private static List<String> routeReasons(Enrichment e) {
            return e.reasons().stream().map(Reason::indicator).filter(ROUTE_REASONS::contains).toList();
        }

        /** Asserts that {@code text} is no offer, has no route and no reason citing one. */
        private static void assertNamesNoRoute(String text) {
            Enrichment en = enrich(text);
            assertThat(en.isOffer()).as(text).isFalse();
            assertThat(en.routes()).as(text).isEmpty();
            assertThat(routeReasons(en)).as(text).isEmpty();
        }

        @Test
        void aMoneyTransferAdvertNamesNoRouteAndNoReasonCitesOne() {
            assertNamesNoRoute("Send money from Italy to Bangladesh today, best exchange rate, call +39 312 345 6789");
            assertNamesNoRoute("Trasferimento di denaro dall'Italia al Marocco, miglior cambio, chiama 312 345 6789");
        }

        @Test
        void aWorkVisaAdvertNamesNoRouteAndNoReasonCitesOne() {
            assertNamesNoRoute("Work visa for Poland from Nepal, two-year contract, apply now: +44 7400 123456");
        }

        @Test
        void aCrossingOfferThatMentionsAMoneyTransferKeepsItsRouteAndCitesIt() {
            Enrichment en = enrich("Crossing from Libya to Italy by boat, guaranteed, pay after arrival, family can send "
                    + "money by money transfer. WhatsApp +218 91 2345678");
            assertThat(en.isOffer()).isTrue();
            assertThat(en.routes()).extracting(org.tidewatch.core.Route::placeKey).containsExactly("Libya>Italy");
            assertThat(routeReasons(en)).containsExactlyInAnyOrder("signal.route", "signal.corridor");
            assertThat(en.reasons()).filteredOn(r -> r.indicator().equals("signal.route")).singleElement()
                    .satisfies(r -> assertThat(r.gloss()).isEqualTo("names a route (Libya>Italy)"));
        }
    }
}
