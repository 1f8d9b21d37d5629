package org.tidewatch.bench.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;

/**
 * Deterministic synthetic multilingual posts: offers in ten languages (Arabic, Persian, Sorani, Turkish, French,
 * Italian, Spanish, German, English, Serbian) from templates with routes, prices, phones and filler words,
 * 20% non-offer news, and 10% reposts of a recent post with a small edit (near duplicates).
 * Post {@code i} depends only on the seed and the posts before it, so every run sees the same texts.
 */
final class SyntheticPosts {
    record Lang(String code, String[] offers, String[] fillers) {
    }

    record Leg(String from, String fromCountry, String to, String toCountry, String phonePrefix, int localDigits) {
    }

    static final List<Leg> LEGS = List.of(
            new Leg("Zuwara", "LY", "Lampedusa", "IT", "+21891", 7), new Leg("Sfax", "TN", "Lampedusa", "IT", "+21620", 6),
            new Leg("Tripoli", "LY", "Sicily", "IT", "+21892", 7), new Leg("Izmir", "TR", "Lesbos", "GR", "+90501", 7),
            new Leg("Bodrum", "TR", "Kos", "GR", "+90532", 7), new Leg("Nador", "MA", "Almeria", "ES", "+212612", 6),
            new Leg("Calais", "FR", "Dover", "GB", "+33612", 6), new Leg("Urmia", "IR", "Van", "TR", "+98912", 7),
            new Leg("Belgrade", "RS", "Budapest", "HU", "+38164", 7), new Leg("Dakar", "SN", "Canary Islands", "ES", "+22177", 7),
            new Leg("Alexandria", "EG", "Crete", "GR", "+20100", 7), new Leg("Oran", "DZ", "Almeria", "ES", "+213551", 6));

    static final List<Lang> LANGS = List.of(
            new Lang("en", new String[] {"Safe boat trip from {F} to {T}, leaving {D}, price {P} {C}, call {PH}",
                    "Guaranteed crossing {F} to {T} by sea, small groups only, {P} {C}, WhatsApp {PH}"},
                    words("places limited children half price life jackets included fast boat captain experienced night departure no questions")),
            new Lang("ar", new String[] {"رحلة بحرية من {F} إلى {T} يوم {D}، قارب آمن، السعر {P} {C}، للتواصل {PH}",
                    "حرقة مضمونة من {F} الى {T}، مركب سريع، {P} {C}، واتساب {PH}"},
                    words("الأماكن محدودة الأطفال نصف السعر سترات النجاة قبطان خبير انطلاق ليلي بدون أسئلة الدفع عند الوصول")),
            new Lang("fa", new String[] {"سفر از {F} به {T} از مرز، حرکت {D}، قیمت {P} {C}، تماس {PH}"},
                    words("جا محدود است بچه ها نصف قیمت راهنمای مطمئن بدون خطر پرداخت بعد از رسیدن")),
            new Lang("ckb", new String[] {"گەشت لە {F} بۆ {T} بە بەلەم، نرخ {P} {C}، پەیوەندی {PH}"},
                    words("جێگا سنووردارە منداڵان نیوە نرخ ڕێگای سەلامەت")),
            new Lang("tr", new String[] {"{F} - {T} tekne ile geçiş, hareket {D}, fiyat {P} {C}, arayın {PH}"},
                    words("yer sınırlı çocuklar yarı fiyat can yeleği dahil hızlı tekne deneyimli kaptan gece hareket")),
            new Lang("fr", new String[] {"Traversée de {F} vers {T} en bateau, départ {D}, prix {P} {C}, appelez {PH}"},
                    words("places limitées enfants demi tarif gilets inclus bateau rapide capitaine expérimenté départ de nuit")),
            new Lang("it", new String[] {"Viaggio in barca da {F} a {T}, partenza {D}, prezzo {P} {C}, chiamare {PH}"},
                    words("posti limitati bambini metà prezzo giubbotti inclusi barca veloce capitano esperto partenza notturna")),
            new Lang("es", new String[] {"Cruce desde {F} hasta {T} en barco, salida {D}, precio {P} {C}, llamar {PH}"},
                    words("plazas limitadas niños mitad precio chalecos incluidos barco rápido capitán experto salida nocturna")),
            new Lang("de", new String[] {"Überfahrt von {F} nach {T} mit dem Boot, Abfahrt {D}, Preis {P} {C}, Anruf {PH}"},
                    words("Plätze begrenzt Kinder halber Preis Schwimmwesten inklusive schnelles Boot erfahrener Kapitän Nachtfahrt")),
            new Lang("sr", new String[] {"Prelaz granice od {F} do {T}, polazak {D}, cena {P} {C}, pozovite {PH}"},
                    words("mesta ograničena deca pola cene siguran vodič noćni polazak bez pitanja")));

    private static final String[] NEWS = {
        "Coast guard reports {N} people rescued near {T} on {D} after the weather turned",
        "خفر السواحل ينقذ {N} شخصا قرب {T} يوم {D}",
        "La guardia costiera ha soccorso {N} persone vicino a {T} il {D}"};
    private static final String[] NEWS_LANG = {"en", "ar", "it"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] CURRENCIES = {"EUR", "USD", "EUR", "EUR"};
    private static final String[] PLATFORMS = {"telegram", "telegram", "telegram", "telegram", "facebook", "facebook",
        "facebook", "tiktok", "x", "classifieds"};
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final int REPOST_POOL = 1000;

    private final SplittableRandom random;
    private final EnrichedPost[] recent = new EnrichedPost[REPOST_POOL];
    private final List<String> samplePhones = new ArrayList<>();
    private int next;

    SyntheticPosts(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private static String[] words(String s) {
        return s.split(" ");
    }

    /** The next {@code n} posts. */
    List<EnrichedPost> next(int n) {
        List<EnrichedPost> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(one());
        }
        return out;
    }

    /** Phone numbers that occur in the posts generated so far (for phone queries). */
    List<String> samplePhones() {
        return samplePhones;
    }

    private EnrichedPost one() {
        int i = next++;
        String id = "bench:" + i;
        Instant published = START.plusSeconds(random.nextLong(450L * 86_400));
        String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
        String author = "user" + random.nextInt(50_000);
        EnrichedPost post;
        if (i > REPOST_POOL && random.nextInt(10) == 0) {
            EnrichedPost original = recent[random.nextInt(REPOST_POOL)];
            String text = original.post().text().replace("Friday", "Saturday") + " " + DAYS[random.nextInt(7)];
            post = new EnrichedPost(post(id, platform, author, published, text), original.enrichment());
        } else if (random.nextInt(5) == 0) {
            int which = random.nextInt(NEWS.length);
            Leg leg = LEGS.get(random.nextInt(LEGS.size()));
            String text = NEWS[which].replace("{N}", Integer.toString(3 + random.nextInt(80))).replace("{T}", leg.to())
                    .replace("{D}", DAYS[random.nextInt(7)]);
            post = new EnrichedPost(post(id, platform, author, published, text), Enrichment.empty(NEWS_LANG[which]));
        } else {
            post = offer(id, platform, author, published);
        }
        recent[i % REPOST_POOL] = post;
        return post;
    }

    private EnrichedPost offer(String id, String platform, String author, Instant published) {
        Lang lang = LANGS.get(random.nextInt(LANGS.size()));
        Leg leg = LEGS.get(random.nextInt(LEGS.size()));
        String template = lang.offers()[random.nextInt(lang.offers().length)];
        int price = 500 + 100 * random.nextInt(60);
        String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
        int base = leg.localDigits() == 7 ? 1_000_000 : 100_000;
        String local = Integer.toString(base + random.nextInt(30_000));
        String phone = leg.phonePrefix() + local;
        if (samplePhones.size() < 200 && random.nextInt(50) == 0) {
            samplePhones.add(phone);
        }
        String written = random.nextBoolean() ? phone : "00" + phone.substring(1, phone.length() - local.length()) + " " + local;
        StringBuilder text = new StringBuilder(template.replace("{F}", leg.from()).replace("{T}", leg.to())
                .replace("{D}", DAYS[random.nextInt(7)]).replace("{P}", Integer.toString(price)).replace("{C}", currency)
                .replace("{PH}", written));
        int fillers = 3 + random.nextInt(8);
        for (int f = 0; f < fillers; f++) {
            text.append(' ').append(lang.fillers()[random.nextInt(lang.fillers().length)]);
        }
        Enrichment e = new Enrichment(lang.code(), true, 0.7 + random.nextInt(30) / 100.0, "sea_crossing",
                List.of(new Reason("bench.offer", leg.from(), "synthetic offer", 1.0)),
                List.of(new Price(BigDecimal.valueOf(price), currency)),
                List.of(new Route(leg.from(), leg.fromCountry(), leg.to(), leg.toCountry())), List.of(phone), List.of());
        return new EnrichedPost(post(id, platform, author, published, text.toString()), e);
    }

    private static Post post(String id, String platform, String author, Instant published, String text) {
        return new Post(id, "bench", platform, "https://example.org/" + id, author, author, published,
                published.plusSeconds(300), text, Map.of(), null);
    }
}
