package org.tidewatch.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;

/**
 * Generates offer posts for replay tests: adverts written from a word list, per-author advert pools, Poisson daily
 * noise, and reposts (the same advert again with a small change). Seeded, so every run sees the same history.
 */
final class SyntheticHistory {
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final String[] WORDS = ("boat trip crossing safe fast captain night morning group family children "
            + "price euro dollar call write message contact place leave tomorrow week weekend sea road truck car lorry "
            + "guide driver border passport visa paper hotel wait meeting point life jacket engine rubber wooden big "
            + "small seats last chance guaranteed no risk police check quiet beach port station train bus walk forest "
            + "river mountain camp money half advance after arrival transfer hawala friend cousin brother trusted many "
            + "people arrived yesterday photo proof video weather calm wind good luck god willing direct stop hidden")
            .split(" ");
    private final Random random;
    private final List<EnrichedPost> posts = new ArrayList<>();
    private int seq;

    SyntheticHistory(long seed) {
        this.random = new Random(seed);
    }

    static Route route(String from, String fromCountry, String to, String toCountry) {
        return new Route(from, fromCountry, to, toCountry);
    }

    /** The text of advert {@code index} of an author on a route: the same words every time it is asked for. */
    static String advert(String author, int index, Route route) {
        Random words = new Random((author + "#" + index + "#" + route.placeKey()).hashCode());
        StringBuilder b = new StringBuilder(route.from()).append(" to ").append(route.to());
        for (int i = 0; i < 22; i++) {
            b.append(' ').append(WORDS[words.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** One post by an author on a day (a random hour), offering a route at a price in EUR (null: no price). */
    EnrichedPost post(int day, String author, Route route, String text, Integer eur) {
        Instant at = START.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(6 * 3600 + random.nextInt(16 * 3600));
        String id = "telegram:synthetic/" + (++seq);
        Post post = new Post(id, "synthetic", "telegram", "https://t.me/synthetic/" + seq, author, null, at, at, text,
                null, null);
        List<Price> prices = eur == null ? List.of() : List.of(new Price(BigDecimal.valueOf(eur), "EUR"));
        EnrichedPost ep = new EnrichedPost(post, new Enrichment("en", true, 0.9, "sea_crossing", List.of(), prices,
                List.of(route), List.of(), List.of()));
        posts.add(ep);
        return ep;
    }

    /**
     * A stable route: on each day in [from, to) a Poisson(lambda) number of offers, each by one of {@code authors}
     * authors with one of their two adverts at the advert's own price around {@code eur}, 30% of them reposted 1–3 times.
     */
    void noisyRoute(Route route, double lambda, int authors, int eur, int from, int to) {
        String prefix = route.from().toLowerCase().replace(' ', '_');
        for (int day = from; day < to; day++) {
            int n = poisson(lambda);
            for (int i = 0; i < n; i++) {
                String author = prefix + "_seller" + random.nextInt(authors);
                int advert = random.nextInt(2);
                String text = advert(author, advert, route);
                int price = eur + (Math.abs((author + advert).hashCode()) % 21 - 10) * eur / 100;
                post(day, author, route, text, price);
                if (random.nextDouble() < 0.3) {
                    for (int r = 1 + random.nextInt(3); r > 0; r--) {
                        post(day, author, route, text + (r % 2 == 0 ? " today" : " 🚤"), price);
                    }
                }
            }
        }
    }

    /** Exactly {@code perDay} offers a day in [from, to), each by a different author of the route, at {@code eur} ±3%. */
    void steadyRoute(Route route, int perDay, int eur, int from, int to, String authorTag) {
        for (int day = from; day < to; day++) {
            for (int i = 0; i < perDay; i++) {
                String author = authorTag + i;
                post(day, author, route, advert(author, 0, route) + " " + eur, eur + (i % 3 - 1) * eur * 3 / 100);
            }
        }
    }

    /** One author posting the same advert {@code times} times on a day, with the small changes reposters make. */
    void spam(int day, String author, Route route, int times, int eur) {
        String text = advert(author, 0, route);
        for (int i = 0; i < times; i++) {
            post(day, author, route, i % 3 == 0 ? text : text + (i % 3 == 1 ? " 🚤🚤" : " call now"), eur);
        }
    }

    List<EnrichedPost> posts() {
        return List.copyOf(posts);
    }

    private int poisson(double lambda) {
        double l = Math.exp(-lambda);
        double p = 1.0;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
