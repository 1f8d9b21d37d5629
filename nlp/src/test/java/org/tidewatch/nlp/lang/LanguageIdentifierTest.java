package org.tidewatch.nlp.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tidewatch.nlp.normalise.TextNormaliser;

class LanguageIdentifierTest {
    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();
    private final TextNormaliser normaliser = new TextNormaliser();

    private String lang(String text) {
        return IDENTIFIER.identify(normaliser.normalise(text)).code();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ar | رحلة جديدة من الشاطئ الى الجزيرة، السعر مع الاكل والماء 🚤",
        "ar | غادي نمشيو من هنا واش كاين بلاصة للعائلة؟",
        "ar | 3andna 7arga jdida mel plage, el bateau mzyan w safe, kol chay msagem",
        "fa | برای رفتن به اروپا با ما تماس بگیرید، قیمت مناسب است",
        "ps | موږ د اروپا لپاره لاره لرو، له کابل څخه ټول خلک",
        "ur | یورپ جانے کے لیے ہم سے رابطہ کریں، قیمت بہت کم ہے",
        "ku | بۆ ئەوروپا ڕێگایەکی نوێ هەیە، پەیوەندی بە ئێمەوە بکەن",
        "ku | Em ji bo Ewropa rê dibînin, her kes dikare bi me re were",
        "tr | Avrupa'ya güvenli geçiş için bizimle iletişime geçin, yer sınırlı",
        "fr | Nous organisons le départ pour la France avec une place pour chaque famille",
        "it | La partenza è prevista per sabato con il gommone, posti limitati",
        "es | La salida es el domingo desde la playa, hay sitio para todos",
        "en | The boat leaves on Friday night and there is space for the whole family",
        "de | Die Fahrt nach Deutschland ist sicher und wir haben noch Plätze frei",
        "sq | Nisja për në Itali është e sigurt dhe ka vende për të gjithë",
        "sr | Put preko granice je siguran, imamo mesta za sve koji žele da idu",
        "sr | Пут преко границе је сигуран, имамо места за све који желе",
        "am | ወደ አውሮፓ ለመሄድ የሚፈልጉ ሰዎች ይደውሉልን ዋጋው ነው",
        "ti | ናብ ኣውሮጳ ክትከዱ ትደልዩ ሰባት ምሳና ተራኸቡ እዩ",
        "ur | Europe jane ke liye hum se rabta karein, sirf sanjeeda log",
        "fa | Baraye raftan be Alman ba ma tamas begirid, chand nafar ja hast",
        "sr | Prelazak granice sigurno, cena povoljna, javite se",
        "vi | Tuần sau có chuyến đi Đức, ai muốn đi thì nhắn tin cho mình",
        "vi | Đường đi an toàn, đảm bảo đến nơi",
        "bn | আমাদের সাথে যোগাযোগ করুন, খরচ খুব কম",
        "so | Safarka Yurub waa diyaar, qofkii doonaya ha nala soo xiriiro",
        "so | Waxaan haynaa gaari iyo hage, lacagta hadda ha bixin",
    })
    void identifiesEachProjectLanguage(String expected, String text) {
        assertThat(lang(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ku | ناچین بۆ ئەڵمانیا 🚤🔥",
        "ku | کێ دەیەوێت بڕوات؟ 📞",
        "ku | Em diçin Almanya 🚐",
        "ku | Kî dixwaze here? 📲",
        "ku | Çûna Yewnanistanê ⛵",
        "fa | فردا حرکت داریم ✈️",
        "ar | مين عاوز يسافر؟ 🚤",
        "ar | شكون باغي يحرك 🚤",
        "ar | Bukra safar 🚤 2000€",
        "ar | Harga ghodwa 🚤",
        "sr | Ko želi preko granice? 📞",
        "sr | Полазак сутра увече 🚐",
        "sr | Sutra polazak 🚗 2000€",
        "sq | Rruga e sigurt 💯",
        "sq | Nesër nisja 🚤 2000€",
        "ti | ናብ ጣልያን ንኸይድ ኢና 🚤",
        "ti | ጉዕዞ ናብ ሊብያ እዩ 📞",
        "am | ወደ ጣሊያን እንሄዳለን 🚤",
        "am | ጉዞ ወደ ሊቢያ ነው 📞",
        "de | Wer will mitfahren? 🚗",
        "es | ¿Quién quiere viajar? 🚤",
        "tr | Kim gitmek istiyor? 🚤",
        "ur | کون جانا چاہتا ہے؟ 📞",
        "ps | څوک غواړي چې ولاړ شي؟ 📞",
        "ur | جرمنی کا ویزا 📞",
        "fa | سفر به آلمان 🔥",
        "fa | ویزا ضمانتی ✅",
        "sq | Rruga per Itali 🚤",
        "sq | Nisja neser 🚤",
        "sr | Siguran put 🚗 📞",
        // Ijekavian forms are Bosnian and Montenegrin too, which the eval rules count as Serbian.
        "sr | Gdje je polazak? Prije subote",
        "ti | ሓሶት ፓስፖርት ኤውሮጳ 6000 ዩሮ",
        "am | ሐሰተኛ ፓስፖርት በዋስትና",
        "ti | ተወከሱና 📞",
        "ti | ሓበሬታ ንምርካብ ደውሉ",
        "am | ለበለጠ መረጃ ይደውሉ",
        // A word both languages use ties; Amharic, the larger language, takes the tie.
        "am | ደውሉ 📞",
        // Everyday words shared by two languages ("je", "ja", "من") tie, and the detector decides.
        "fr | Je suis à l'hôtel à Tunis",
        "fr | Je pars demain 🚤",
        "fr | Passage en camion, paiement à l'arrivée en Angleterre",
        "sr | Ja idem sutra",
        "fa | من فردا میرم",
        "fa | جا داریم 🚤",
        "de | Wir haben Platz",
        "tr | Yer var 🚤",
        "ku | Cih heye 🚤",
        // One letter is not enough to overrule the detector: French writes û too.
        "fr | Voyage sûr 🚤 📞",
    })
    void identifiesShortEmojiHeavyPostsFromFunctionWordsAndLetters(String expected, String text) {
        assertThat(lang(text)).isEqualTo(expected);
    }

    @Test
    void saysUndeterminedForTextWithoutLetters() {
        assertThat(lang("📞 +39 312 345 6789 !!")).isEqualTo("und");
        assertThat(lang("")).isEqualTo("und");
    }

    @Test
    void neverAnswersALanguageOfAnotherScript() {
        assertThat(lang("Call +1 (202) 555 0143 or +90 501 234 56 78")).isEqualTo("en");
        // A script the project does not cover goes to the detector unrestricted.
        assertThat(lang("Πάμε στην Ελλάδα με το καράβι αύριο το πρωί")).isEqualTo("el");
    }

    @Test
    void reportsItsEvidence() {
        LanguageGuess g = IDENTIFIER.identify(normaliser.normalise("بۆ ئەوروپا ڕێگایەکی نوێ هەیە"));
        assertThat(g.code()).isEqualTo("ku");
        assertThat(g.evidence()).startsWith("arabic script");
        assertThat(g.confidence()).isBetween(0.0, 1.0);
    }
}
