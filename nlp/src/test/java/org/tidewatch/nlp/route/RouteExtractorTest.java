package org.tidewatch.nlp.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.match.Tokenizer;
import org.tidewatch.nlp.normalise.TextNormaliser;

class RouteExtractorTest {
    private static final RouteExtractor EXTRACTOR = new RouteExtractor(GazetteerTest.GAZETTEER, RouteMarkers.load());
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final TextNormaliser NORMALISER = new TextNormaliser();

    /** Routes as "From>To" by place name, "?" for an open end. */
    static List<String> routes(String text) {
        return EXTRACTOR.extract(TOKENIZER.tokenize(NORMALISER.normalise(text))).routes().stream()
                .map(r -> r.placeKey()).toList();
    }

    static List<String> countries(String text) {
        return EXTRACTOR.extract(TOKENIZER.tokenize(NORMALISER.normalise(text))).routes().stream()
                .map(r -> r.countryKey()).toList();
    }

    @Nested
    class Languages {
        @Test
        void english() {
            assertThat(routes("Boat from Zuwara to Lampedusa on Friday")).containsExactly("Zuwara>Lampedusa");
            assertThat(routes("UK trips from Calais, pay when you reach Dover")).containsExactly("Calais>Dover");
        }

        @Test
        void arabicWithCliticsAndDialects() {
            assertThat(routes("رحلة من طرابلس إلى لامبيدوزا")).containsExactly("Tripoli>Lampedusa");
            assertThat(routes("حرقة مليبيا لإيطاليا")).containsExactly("Libya>Italy");
            assertThat(routes("من صفاقس لـ لامبيدوزا يوم السبت")).containsExactly("Sfax>Lampedusa");
        }

        @Test
        void arabizi() {
            assertThat(routes("harga mn Oran l Almeria")).containsExactly("Oran>Almeria");
        }

        @Test
        void persianAndDari() {
            assertThat(routes("از ترکیه به یونان با قایق")).containsExactly("Turkey>Greece");
            assertThat(routes("از هرات تا مشهد با موتر")).containsExactly("Herat>Mashhad");
        }

        @Test
        void pashtoCircumposition() {
            assertThat(routes("له ایران نه ترکیې ته په پښو")).containsExactly("Iran>Turkey");
        }

        @Test
        void urduPostposition() {
            assertThat(routes("کراچی سے ایران اور پھر ترکی")).containsExactly("Karachi>Iran", "Iran>Turkey");
        }

        @Test
        void kurdishBothScripts() {
            assertThat(routes("ji Tirkiyê bo Yewnanistanê")).containsExactly("Turkey>Greece");
            assertThat(routes("لە تورکیاوە بۆ ئیتاڵیا بە بەلەم")).containsExactly("Turkey>Italy");
        }

        @Test
        void turkishCaseSuffixes() {
            assertThat(routes("Mersin'den İtalya'ya yat ile")).containsExactly("Mersin>Italy");
            assertThat(routes("İzmir den Yunanistana bot ile")).containsExactly("Izmir>Greece");
        }

        @Test
        void frenchItalianSpanishGerman() {
            assertThat(routes("Départ de Nouadhibou vers les Canaries")).containsExactly("Nouadhibou>Canary Islands");
            assertThat(routes("da Sabratha a Lampedusa poi Roma")).containsExactly("Sabratha>Lampedusa", "Lampedusa>Rome");
            assertThat(routes("desde Nador hasta Almería")).containsExactly("Nador>Almeria");
            assertThat(routes("von Izmir nach Lesbos über Chios")).containsExactly("Izmir>Lesbos");
        }

        @Test
        void albanianAndSerbianDeclensions() {
            assertThat(routes("nga Durrësi drejt Italisë")).containsExactly("Durres>Italy");
            assertThat(routes("od Beograda do Subotice, pa u Mađarsku")).containsExactly("Belgrade>Subotica",
                    "Subotica>Hungary");
        }

        @Test
        void tigrinyaAndAmharic() {
            assertThat(routes("ካብ ሊብያ ናብ ጣልያን ብጃልባ")).containsExactly("Libya>Italy");
            assertThat(routes("ከሊቢያ ወደ ጣሊያን በጀልባ")).containsExactly("Libya>Italy");
        }
    }

    @Nested
    class Grammar {
        @Test
        void vietnameseFromToWordsNeedTheirDiacritics() {
            assertThat(routes("Xe tải từ Bỉ sang Anh, đi qua Hà Lan")).containsExactly("Belgium>United Kingdom");
            assertThat(routes("Đi Đức đi qua Nga và Ba Lan")).containsExactly("?>Germany");
            // "qua" is "over to" after a departure, as "sang" is.
            assertThat(routes("Từ Pháp qua Anh bằng xe tải")).containsExactly("France>United Kingdom");
            assertThat(routes("Chuyến đi từ Calais tới Luân Đôn")).containsExactly("Calais>London");
            // Folded, "đi" and "từ" are the Italian "di" and the French "tu": no route from those.
            assertThat(routes("Il porto di Calais e la costa di Dover")).isEmpty();
        }

        @Test
        void bengaliPostpositions() {
            assertThat(routes("কক্সবাজার থেকে মালয়েশিয়া যাওয়ার নৌকা")).containsExactly("Cox's Bazar>Malaysia");
            assertThat(routes("সিলেট থেকে দুবাই হয়ে লিবিয়া")).containsExactly("Sylhet>Libya");
        }

        @Test
        void somaliIlaaAndPostposedKa() {
            assertThat(routes("Gaalkacyo ilaa Itoobiya kadibna ilaa Suudaan")).containsExactly("Galkayo>Ethiopia",
                    "Ethiopia>Sudan");
            assertThat(routes("Berbera ka ambabaxa, Yaman u gudba")).containsExactly("Berbera>Yemen");
        }

        @Test
        void smallDeparturePointsAndInflectedNames() {
            assertThat(routes("Nga plazhi i Durrësit për në Ankona me gomone")).containsExactly("Durres>Ancona");
            assertThat(routes("Nisja nga plazhi i Shëngjinit për në Itali")).containsExactly("Shengjin>Italy");
            assertThat(routes("لە دانکێرکەوە بۆ بەریتانیا")).containsExactly("Dunkirk>United Kingdom");
            assertThat(routes("حرقة من جبنيانة لإيطاليا")).containsExactly("Jebeniana>Italy");
            assertThat(routes("De Tahoua à Agadez puis la Libye")).containsExactly("Tahoua>Agadez", "Agadez>Libya");
        }

        @Test
        void excludesTransitPlaces() {
            assertThat(routes("İstanbul'dan Almanya'ya TIR ile, Bulgaristan ve Avusturya üzerinden"))
                    .containsExactly("Istanbul>Germany");
            assertThat(routes("سفر من تركيا الى ألمانيا عن طريق صربيا")).containsExactly("Turkey>Germany");
            assertThat(routes("از افغانستان به ترکیه از طریق ایران")).containsExactly("Afghanistan>Turkey");
        }

        @Test
        void givesOneRouteForEachLeg() {
            assertThat(routes("Bosnia to Croatia then Croatia to Italy")).containsExactly(
                    "Bosnia and Herzegovina>Croatia", "Croatia>Italy");
            assertThat(routes("Kabul - Herat - Tehran")).containsExactly("Kabul>Herat", "Herat>Tehran");
        }

        @Test
        void givesOneRouteForEachAlternative() {
            assertThat(routes("departure from Mostaganem to Almeria and Cartagena"))
                    .containsExactly("Mostaganem>Almeria", "Mostaganem>Cartagena");
            assertThat(routes("from Sfax and Zuwara to Lampedusa")).containsExactly("Sfax>Lampedusa", "Zuwara>Lampedusa");
        }

        @Test
        void readsArrowsInTheirDirection() {
            assertThat(routes("Calais ⇄ Dover")).containsExactly("Calais>Dover");
            assertThat(routes("Lesbos <- Ayvalik")).containsExactly("Ayvalik>Lesbos");
            assertThat(routes("Tunis -> Palermo")).containsExactly("Tunis>Palermo");
        }

        @Test
        void readsRightToLeftArrowsInReadingOrder() {
            assertThat(routes("ليبيا ← ايطاليا")).containsExactly("Libya>Italy");
        }

        @Test
        void completesARouteWrittenDestinationFirst() {
            assertThat(routes("Lorry to London from Zeebrugge parking")).containsExactly("Zeebrugge>London");
            assertThat(routes("Cruzamos a Estados Unidos desde Tijuana")).containsExactly("Tijuana>United States");
        }

        @Test
        void readsViaThenDestinationInUrdu() {
            assertThat(routes("ایران کے راستے ترکی، پیدل اور گاڑی")).containsExactly("?>Turkey");
            assertThat(routes("کوئٹہ سے تفتان کے راستے ایران")).containsExactly("Quetta>Iran");
        }

        @Test
        void dropsAStrayDepartureWhenTheRouteIsKnown() {
            assertThat(routes("رحلات من زوارة نحو لامبيدوزا، تتصل بأهلك من إيطاليا")).containsExactly("Zuwara>Lampedusa");
        }

        @Test
        void keepsADepartureWithoutDestination() {
            assertThat(routes("the boat left from Sabratha at night")).containsExactly("Sabratha>?");
        }

        @Test
        void pairsTwoBarePlacesOnlyAsAFallback() {
            assertThat(routes("Libya Italy boat 3000")).containsExactly("Libya>Italy");
        }

        @Test
        void prefersPlacesOverTheirCountries() {
            assertThat(routes("عبور از ایران به ترکیه، از ارومیه تا وان")).containsExactly("Urmia>Van");
            assertThat(routes("لي بغا لإسبانيا عندنا جيت سكي من طنجة لطريفة")).containsExactly("Tangier>Tarifa");
        }

        @Test
        void keepsCountryCodesAndNullsForRegions() {
            assertThat(countries("from Libya to Europe")).containsExactly("LY>?");
            assertThat(countries("from Laayoune to the Canaries")).containsExactly("EH>ES");
        }
    }

    @Nested
    class ArrivalVerbsAndPayment {
        @Test
        void readsADestinationCarriedByAnArrivalVerbInEachLanguage() {
            assertThat(routes("Departure from Bodrum, you land in Kos before dawn")).containsExactly("Bodrum>Kos");
            assertThat(routes("الانطلاق من صبراتة، نوصلو لامبيدوزا في 12 ساعة")).containsExactly("Sabratha>Lampedusa");
            assertThat(routes("توصل سردينيا مضمونة")).containsExactly("?>Sardinia");
            assertThat(routes("از ترکیه با قایق، برسیم یونان")).containsExactly("Turkey>Greece");
            assertThat(routes("Départ d'Oran, arriver en Espagne en 6 heures")).containsExactly("Oran>Spain");
            assertThat(routes("Partenza da Tobruk, arrivare in Grecia")).containsExactly("Tobruk>Greece");
            assertThat(routes("Salida desde Dakar, llegamos a Canarias")).containsExactly("Dakar>Canary Islands");
            assertThat(routes("Polazak iz Subotice, stižemo u Austriju")).containsExactly("Subotica>Austria");
            assertThat(routes("Nisja nga Vlora, arritje në Itali")).containsExactly("Vlore>Italy");
            assertThat(routes("Nga Shkodra në Mal të Zi dhe pastaj në Kroaci"))
                    .containsExactly("Shkoder>Montenegro", "Montenegro>Croatia");
            assertThat(routes("Abfahrt von Minsk, Ankunft in Deutschland")).containsExactly("Minsk>Germany");
            assertThat(routes("کوئٹہ سے اسپین پہنچائیں گے")).containsExactly("Quetta>Spain");
            assertThat(routes("İzmir çıkışlı, Yunanistana varış garantili")).containsExactly("Izmir>Greece");
            assertThat(routes("Kabil'den İstanbul'a varış")).containsExactly("Kabul>Istanbul");
            assertThat(routes("Em ji Wanê diçin Almanya")).containsExactly("Van>Germany");
            assertThat(routes("We are here in Libya, boats to Italy")).containsExactly("?>Italy");
        }

        @Test
        void readsForAsADestinationAfterADeparture() {
            assertThat(routes("Leaving Calais beach tonight for UK, 1500 pounds")).containsExactly("Calais>United Kingdom");
            assertThat(routes("visa for Germany, 3 weeks")).isEmpty();
            // A trip, boat, seat or departure "for" a place names its destination even with no departure.
            assertThat(routes("Boats for Malta every night")).containsExactly("?>Malta");
            assertThat(routes("Only 5 seats left for Spain")).containsExactly("?>Spain");
            assertThat(routes("Leaving for Greece tomorrow from Bodrum")).containsExactly("Bodrum>Greece");
        }

        @Test
        void makesAWeakPrepositionStrongAfterAVerbOfLeaving() {
            assertThat(routes("Il gommone era partito dalla Libia")).containsExactly("Libya>?");
            assertThat(routes("El cayuco había salido de Nouadhibou con 150 personas")).containsExactly("Nouadhibou>?");
            // So does a noun of travel: "the crossing from", never a bare "trip Italy".
            assertThat(routes("avevano pagato 4000 dollari per la traversata dalla Tunisia")).containsExactly("Tunisia>?");
            assertThat(routes("3000 Euro für die Überfahrt von der Türkei bezahlt")).containsExactly("Turkey>?");
            assertThat(routes("Put iz Srbije košta 2000 evra")).containsExactly("Serbia>?");
            assertThat(routes("Viaggio Italia 3000 euro")).isEmpty();
            // Italian articulated prepositions elide like French articles.
            assertThat(routes("Partenza dall'Albania verso l'Italia")).containsExactly("Albania>Italy");
            assertThat(routes("Barca da Sfax all'Italia")).containsExactly("Sfax>Italy");
            // A verb of travel anywhere in the sentence does too; an origin alone ("refugees from") does not.
            assertThat(routes("Sie sind aus Serbien über Ungarn gekommen")).containsExactly("Serbia>?");
            assertThat(routes("Došli su iz Bosne preko Hrvatske")).containsExactly("Bosnia and Herzegovina>?");
            assertThat(routes("Flüchtlinge aus Syrien brauchen Hilfe")).isEmpty();
            assertThat(routes("Ljudi iz Sirije traže pomoć")).isEmpty();
            // French and Spanish "de" is mostly "of": a travel word elsewhere in the sentence does not change that.
            assertThat(routes("Voyage organisé pour les jeunes de Tunis")).isEmpty();
            assertThat(routes("Ils sont venus de Libye par bateau")).containsExactly("Libya>?");
        }

        @Test
        void readsAnArrivalInAPaymentClauseAsAConditionNotALeg() {
            assertThat(routes("Lorry from Calais to UK, pay after you reach London")).containsExactly("Calais>United Kingdom");
            assertThat(routes("من الجزائر الى إسبانيا، الدفع بعد الوصول الى مدريد")).containsExactly("Algeria>Spain");
            assertThat(routes("از ترکیه به یونان، پول بعد از رسیدن به آتن")).containsExactly("Turkey>Greece");
            assertThat(routes("Calais'ten İngiltere'ye TIR ile, Londra'ya varınca ödeme"))
                    .containsExactly("Calais>United Kingdom");
            assertThat(routes("له ترکیې نه یونان ته، پیسې اتن ته د رسیدو وروسته")).containsExactly("Turkey>Greece");
            assertThat(routes("Ji Tirkiyê ber bi Yewnanistanê, pere piştî gihîştina Atînayê"))
                    .containsExactly("Turkey>Greece");
            assertThat(routes("ካብ ሊብያ ናብ ጣልያን፣ ክፍሊት ሮማ ምስ በጻሕኩም")).containsExactly("Libya>Italy");
            assertThat(routes("Passage Calais-Douvres en camion, paiement à l'arrivée en Angleterre"))
                    .containsExactly("Calais>Dover");
            // A place next to a payment clause keeps its own role when no route reaches its country.
            assertThat(routes("Tripoli, payment on arrival, to Italy by boat")).containsExactly("Tripoli>Italy");
            // With no other route, the place reached is still the destination.
            assertThat(routes("الدفع بعد ما توصل لندن، الرحلة من كاليه")).containsExactly("Calais>London");
        }

        @Test
        void aPaymentPlaceIsNoDeparture() {
            assertThat(routes("Pay in Istanbul, arrive in Athens")).containsExactly("?>Athens");
        }

        @Test
        void aDepartureInTheNewsInventsNoDestination() {
            assertThat(routes("The boat left Sfax on Monday and sank off Lampedusa")).containsExactly("Sfax>?");
            assertThat(routes("Un bateau parti de Zarzis a chaviré au large de Lampedusa")).containsExactly("Zarzis>?");
            assertThat(routes("انطلق القارب من صبراتة وغرق قبالة لامبيدوزا")).containsExactly("Sabratha>?");
            assertThat(routes("Bodrum'dan yola çıkan tekne Kos açıklarında battı")).containsExactly("Bodrum>?");
            assertThat(routes("La patera salió de Nador y naufragó frente a Almería")).containsExactly("Nador>?");
            assertThat(routes("Das Boot war von Libyen aus gestartet und sank vor Lampedusa")).containsExactly("Libya>?");
            assertThat(routes("Barka je krenula iz Drača i potonula kod Brindisija")).containsExactly("Durres>?");
        }

        @Test
        void mapsEnclavesAndIslandsToTheirCountry() {
            assertThat(countries("De Castillejos a Ceuta nadando")).containsExactly("MA>ES");
            assertThat(countries("من الناظور الى مليلية")).containsExactly("MA>ES");
            assertThat(countries("Depuis Anjouan vers Mayotte en kwassa")).containsExactly("KM>YT");
            assertThat(countries("Kanarya Adaları'na Dakar'dan tekne")).containsExactly("SN>ES");
            assertThat(countries("Barca da Sfax per Lampedusa")).containsExactly("TN>IT");
            // An enclave to its own country is still a route.
            assertThat(routes("passer de Ceuta à l'Espagne")).containsExactly("Ceuta>Spain");
        }
    }

    @Nested
    class NotRoutes {
        @Test
        void visaIssuingCountries() {
            assertThat(routes("Schengen visa (France, Italy) and visa for Germany, fast")).isEmpty();
            assertThat(routes("فيزا شنغن فرنسا - إيطاليا")).isEmpty();
        }

        @Test
        void paymentOfficeAndWriterLocation() {
            assertThat(routes("Payment office in Istanbul, trip from Izmir to Samos")).containsExactly("Izmir>Samos");
            assertThat(routes("I live in Germany, my brother is in Turkey")).isEmpty();
        }

        @Test
        void placeOfArrestAndRentals() {
            assertThat(routes("Police in Italy arrested three Libyans")).isEmpty();
            assertThat(routes("Noleggio gommone a Lampedusa per il giro dell'isola")).isEmpty();
        }

        @Test
        void genitiveDeIsNotADepartureAlone() {
            assertThat(routes("l'Espérance de Tunis gagne le match")).isEmpty();
        }
    }

    @Nested
    class DeclensionsSpellingsAndExclusions {
        @Test
        void southSlavicCasesOfShortAndTwoWordNames() {
            assertThat(routes("prevoz iz Bihaća do Beča")).containsExactly("Bihac>Vienna");
            assertThat(routes("iz Velike Kladuše preko Slovenije do Trsta")).containsExactly("Velika Kladusa>Trieste");
            assertThat(routes("превоз из Новог Сада до Беча")).containsExactly("Novi Sad>Vienna");
            assertThat(countries("пут из Србије према Мађарској")).containsExactly("RS>HU");
        }

        @Test
        void albanianDefiniteAndGenitiveForms() {
            assertThat(countries("nga Durrësi në Francës")).containsExactly("AL>FR");
            assertThat(countries("udhëtim nga Tiranës drejt Anglisë")).containsExactly("AL>GB");
        }

        @Test
        void routePlacesInTheScriptsOfTheirTravellers() {
            assertThat(routes("از خوی به وان")).containsExactly("Khoy>Van");
            assertThat(routes("له ننګرهار نه تر ایران پورې")).containsExactly("Nangarhar>Iran");
            assertThat(routes("من شيربورغ الى بريطانيا")).containsExactly("Cherbourg>United Kingdom");
        }

        @Test
        void studyPermitAndPapersContextsAreNoRouteEnds() {
            assertThat(routes("منحة الدراسة لفرنسا، سجل الآن")).isEmpty();
            assertThat(routes("Documentos y residencia para Italia")).isEmpty();
            assertThat(routes("bursë për Gjermani")).isEmpty();
        }
    }

    @Nested
    class HeldoutFamilies {
        @Test
        void aNounOrVerbOfTravelMakesAWeakToADestination() {
            assertThat(countries("Uhapšen je vozač koji je tražio novac za prelazak u Austriju")).containsExactly("?>AT");
            assertThat(countries("Наплаћивао је прелазак у Хрватску")).containsExactly("?>HR");
            assertThat(countries("Kemi makinë që të çon në Gjermani")).containsExactly("?>DE");
            assertThat(countries("Le voyage en Espagne coûte cher")).containsExactly("?>ES");
            assertThat(countries("Vivo in Spagna da anni")).isEmpty();
        }

        @Test
        void albanianPerNeAndSerbianZaWithTravel() {
            assertThat(countries("Transport për në Gjermani çdo javë")).containsExactly("?>DE");
            assertThat(countries("Prevoz za Austriju svake nedelje")).containsExactly("?>AT");
            assertThat(countries("Из Србије за Хрватску комбијем")).containsExactly("RS>HR");
            assertThat(countries("Cena za Austriju je visoka")).isEmpty();
        }

        @Test
        void serbianAccusativeCountryNames() {
            assertThat(countries("Из Србије у Мађарску пешке")).containsExactly("RS>HU");
            assertThat(countries("Iz Bosne u Sloveniju kombijem")).containsExactly("BA>SI");
        }

        @Test
        void arabicAlaIsADestinationAfterADeparture() {
            assertThat(countries("من صبراتة على لامبيدوزا بالقارب")).containsExactly("LY>IT");
            assertThat(countries("المركب من الاسكندرية على ايطاليا مباشرة")).containsExactly("EG>IT");
            assertThat(countries("توكلنا على الله")).isEmpty();
            assertThat(routes("من بنغازي لطبرق، ومن طبرق مشي على مصر")).containsExactly("Benghazi>Tobruk", "Tobruk>Egypt");
        }

        @Test
        void shortAndObliqueFormsOfPlaceNames() {
            assertThat(routes("Kampala → Dar → Lusaka by bus")).containsExactly("Kampala>Dar es Salaam",
                    "Dar es Salaam>Lusaka");
            assertThat(routes("dar dyal khouya")).isEmpty();
            assertThat(countries("له کوټې څخه ایران ته")).containsExactly("PK>IR");
        }

        @Test
        void aCountryAdjectiveAfterACurrencyOrAnAidSocietyIsNoRouteEnd() {
            assertThat(routes("سيارة للبيع 40 ألف دينار ليبي، التسليم في مصراتة")).isEmpty();
            assertThat(routes("متطوعو الهلال الأحمر الليبي – صبراتة")).isEmpty();
            assertThat(routes("Croissant-Rouge tunisien, antenne de Zarzis")).isEmpty();
        }

        @Test
        void lebaneseTripoliIsNamedTripoliInItsOwnCountry() {
            assertThat(countries("مركب من طرابلس (لبنان) الى قبرص")).containsExactly("LB>CY");
            assertThat(routes("مركب من طرابلس (لبنان) الى قبرص")).containsExactly("Tripoli>Cyprus");
            assertThat(countries("مركب من طرابلس الى لامبيدوزا")).containsExactly("LY>IT");
        }

        @Test
        void aVisaInTheGezAccusativeStillExcludesItsCountry() {
            assertThat(routes("ቪዛን ናብ ጀርመን ብቕልጡፍ")).isEmpty();
            assertThat(routes("ቪዛውን ወደ ጀርመን እናወጣለን")).isEmpty();
            assertThat(countries("ካብ ሊብያ ናብ ጣልያን")).containsExactly("LY>IT");
        }

        @Test
        void toBeforeANameListedWithItsArticle() {
            assertThat(routes("سيارات من سبها للكفرة كل أسبوع")).containsExactly("Sabha>Kufra");
        }

        @Test
        void gezNamesOfSaudiArabia() {
            assertThat(countries("ከጅቡቲ ወደ ሳውዲ አረቢያ በባህር")).containsExactly("DJ>SA");
            assertThat(countries("ካብ የመን ናብ ስዑዲ ዓረብ")).containsExactly("YE>SA");
        }

        @Test
        void placesWrittenSideBySideInOneCountryAreOnePlace() {
            assertThat(routes("Pirogue Dakar ➡️ Canaries (Tenerife) samedi")).containsExactly("Dakar>Tenerife");
            assertThat(routes("قارب من نواذيبو لجزر الكناري (لانزاروتي)")).containsExactly("Nouadhibou>Lanzarote");
            assertThat(routes("Satılık tekne, İzmir Çeşme")).isEmpty();
            assertThat(routes("Çeşme'den Bodrum'a minibüs")).containsExactly("Cesme>Bodrum");
        }

        @Test
        void dashRoutesOfFerryAndBusLinesInLocalSpellings() {
            assertThat(routes("Fähre Patras – Ancona, täglich")).containsExactly("Patras>Ancona");
            assertThat(routes("Linja Vlorë – Korfuz çdo të hënë")).containsExactly("Vlore>Corfu");
            assertThat(routes("Autobus München – Warschau ab 30 €")).containsExactly("Munich>Warsaw");
            assertThat(routes("Traghetto Saranda-Corfù")).containsExactly("Sarande>Corfu");
        }

        @Test
        void aBoardingPlaceBeforeForIsTheDeparture() {
            assertThat(routes("Il a pris une pirogue à Mbour pour les Canaries")).containsExactly("Mbour>Canary Islands");
            assertThat(routes("Ha preso un gommone a Zuara per Lampedusa")).containsExactly("Zuwara>Lampedusa");
            assertThat(routes("Tomó una patera en Tánger para Tarifa")).containsExactly("Tangier>Tarifa");
            assertThat(routes("Sono in Libia per lavoro")).isEmpty();
        }

        @Test
        void fromThereChainsToTheEndOfThePreviousLeg() {
            assertThat(routes("Edirne'den Yunanistan'a, oradan Arnavutluk üzerinden İtalya'ya"))
                    .containsExactly("Edirne>Greece", "Greece>Italy");
            assertThat(routes("Da Zuara a Lampedusa, da lì a Roma")).containsExactly("Zuwara>Lampedusa", "Lampedusa>Rome");
            assertThat(routes("From Calais to Dover, from there to London")).containsExactly("Calais>Dover", "Dover>London");
        }
    }
}
