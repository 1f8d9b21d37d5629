package org.tidewatch.bench.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;

/**
 * Generated posts and watchlist queries of realistic shapes: phone numbers (libphonenumber's example mobile numbers
 * with the last digits varied), handles, two- and three-word phrases, and field filters on route, platform, language,
 * destination and price. Seeded, so runs compare.
 */
final class BenchCorpus {
    /** Example mobile numbers of LY, IT, TN, TR, GB, FR without their last four digits. */
    private static final String[] PHONE_STEMS = {"+21891234", "+39312345", "+2162012", "+90501234", "+44740012", "+3361234"};
    private static final String[] WORDS = ("boat trip crossing safe fast captain night morning group family children "
            + "price euro call write message contact place leave tomorrow week sea road truck lorry guide driver "
            + "border passport visa paper hotel meeting point jacket engine rubber seats chance guaranteed police "
            + "beach port station train bus forest river camp money advance arrival transfer trusted people "
            + "weather calm direct hidden harga hrig traversee passeur bateau voyage depart nuit plage prix "
            + "rihla qarib bahr safar jawaz tahrib lampedusa sicily zuwara sfax izmir lesbos calais dover").split(" ");
    private static final Route[] ROUTES = {
        new Route("Zuwara", "LY", "Lampedusa", "IT"), new Route("Sfax", "TN", "Lampedusa", "IT"),
        new Route("Izmir", "TR", "Lesbos", "GR"), new Route("Calais", "FR", "Dover", "GB"),
        new Route("Tangier", "MA", "Tarifa", "ES"), new Route("Oran", "DZ", "Almeria", "ES"),
        new Route("Bihac", "BA", "Zagreb", "HR"), new Route("Subotica", "RS", "Szeged", "HU")};
    private static final String[] PLATFORMS = {"telegram", "facebook", "tiktok", "x"};
    private static final String[] LANGS = {"en", "fr", "ar"};

    private static final int VOCABULARY = 5_000;
    private final Random random;
    /** The domain words first (the most frequent), then made-up words standing for the long tail of real text. */
    private final String[] vocabulary = new String[VOCABULARY];

    BenchCorpus(long seed) {
        this.random = new Random(seed);
        String[] syllables = "ka ri mo sa le tu na bi go fe lu ze ha pi do ra mi su te no ba ve lo si ku".split(" ");
        System.arraycopy(WORDS, 0, vocabulary, 0, WORDS.length);
        for (int i = WORDS.length; i < VOCABULARY; i++) {
            int n = i;
            StringBuilder w = new StringBuilder();
            do {
                w.append(syllables[n % syllables.length]);
                n /= syllables.length;
            } while (n > 0);
            vocabulary[i] = w.append("n").toString();
        }
    }

    static String phone(int n) {
        return PHONE_STEMS[n % PHONE_STEMS.length] + String.format("%04d", (n / PHONE_STEMS.length) % 10_000);
    }

    static String handle(int n) {
        return "@seller_" + n;
    }

    /** {@code count} queries by name: 40% phones, 25% handles, 20% phrases, 15% field filters with a word. */
    Map<String, String> queries(int count) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int shape = i % 20;
            String q;
            if (shape < 8) {
                q = "phone:" + phone(random.nextInt(8_000));
            } else if (shape < 13) {
                q = "handle:" + handle(random.nextInt(8_000));
            } else if (shape < 17) {
                q = "\"" + rareWord() + " " + word() + (shape % 2 == 0 ? " " + rareWord() : "") + "\"";
            } else if (shape == 17) {
                Route r = ROUTES[random.nextInt(ROUTES.length)];
                q = "route:" + r.fromCountry() + ">" + r.toCountry() + " platform:" + PLATFORMS[random.nextInt(PLATFORMS.length)]
                        + " " + rareWord();
            } else if (shape == 18) {
                q = "to:" + ROUTES[random.nextInt(ROUTES.length)].toCountry() + " price:[" + (500 + random.nextInt(2000))
                        + " TO 6000] " + rareWord();
            } else {
                q = "lang:" + LANGS[random.nextInt(LANGS.length)] + " (" + rareWord() + " OR " + rareWord() + ") " + word();
            }
            out.put("bench-" + i, q);
        }
        return out;
    }

    /** A post of 20–40 words; a third carry a phone, a third a handle, most a route and a price. */
    EnrichedPost post(String id, Instant at) {
        StringBuilder text = new StringBuilder();
        for (int w = 20 + random.nextInt(21); w > 0; w--) {
            text.append(word()).append(' ');
        }
        List<String> phones = new ArrayList<>();
        List<String> handles = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            phones.add(phone(random.nextInt(16_000)));
            text.append(phones.get(0)).append(' ');
        }
        if (random.nextInt(3) == 0) {
            handles.add(handle(random.nextInt(16_000)));
            text.append(handles.get(0));
        }
        return post(id, at, text.toString(), phones, handles);
    }

    /** A post with the given text and contacts. */
    EnrichedPost post(String id, Instant at, String text, List<String> phones, List<String> handles) {
        Post p = new Post(id, "bench", PLATFORMS[random.nextInt(PLATFORMS.length)], null, "author" + random.nextInt(2_000),
                null, at, at, text, null, null);
        boolean offer = random.nextInt(4) != 0;
        List<Route> routes = offer ? List.of(ROUTES[random.nextInt(ROUTES.length)]) : List.of();
        List<Price> prices = offer ? List.of(new Price(BigDecimal.valueOf(500 + random.nextInt(5000)), "EUR")) : List.of();
        return new EnrichedPost(p, new Enrichment(LANGS[random.nextInt(LANGS.length)], offer, offer ? 0.9 : 0.1,
                offer ? "sea_crossing" : null, List.of(), prices, routes, phones, handles));
    }

    /**
     * A word an analyst would watch for: outside the few hundred most common ones (a phrase of common words alone
     * would match a large share of all posts and is not a watchlist).
     */
    private String rareWord() {
        return vocabulary[300 + random.nextInt(VOCABULARY - 300)];
    }

    /** A word with a Zipf-like (log-uniform rank) frequency, as in real text. */
    private String word() {
        int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(VOCABULARY)));
        return vocabulary[Math.min(VOCABULARY - 1, rank - 1)];
    }
}
