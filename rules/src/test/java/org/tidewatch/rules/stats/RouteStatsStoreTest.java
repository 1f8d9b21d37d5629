package org.tidewatch.rules.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;
import org.tidewatch.core.store.Database;

class RouteStatsStoreTest {
    private static final String TEMPLATE = "Boat from Zuwara to Lampedusa on Friday night, safe trip with life jackets and"
            + " an experienced captain, places are limited, write to us now";
    private final RouteStatsStore store = new RouteStatsStore(Database.inMemory("stats-" + System.nanoTime()),
            new MinHashDuplicateKey());
    private final OfferObservations observations = new OfferObservations(new MinHashDuplicateKey(), store,
            EurRates.defaults());
    private int seq;

    private EnrichedPost post(String author, String text, Instant at, Price price) {
        Post p = new Post("telegram:s/" + (++seq), "test", "telegram", null, author, null, at, at, text, null, null);
        return new EnrichedPost(p, new Enrichment("en", true, 0.9, "sea_crossing", List.of(),
                price == null ? List.of() : List.of(price), List.of(new Route("Zuwara", "LY", "Lampedusa", "IT")),
                List.of(), List.of()));
    }

    @Test
    void oneAuthorRepostingCountsOnceAndTwoAuthorsWithOneTemplateCountTwice() {
        Instant morning = Instant.parse("2025-04-02T07:00:00Z");
        List<OfferObservation> obs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String text = i % 2 == 0 ? TEMPLATE : TEMPLATE + " 🚤";
            obs.addAll(observations.of(post("boats_one", text, morning.plusSeconds(60L * i),
                    new Price(new BigDecimal("3000"), "EUR"))));
        }
        obs.addAll(observations.of(post("boats_two", TEMPLATE, morning.plusSeconds(7200),
                new Price(new BigDecimal("3500"), "USD"))));
        obs.addAll(observations.of(post("boats_one", "Lorry from Calais to Dover hidden in the back, leaving on Sunday,"
                + " call the driver", morning.plusSeconds(9000), new Price(new BigDecimal("1000"), "GBP"))));
        // The published time decides the day: this one counts on the 1st.
        obs.addAll(observations.of(post("boats_three", TEMPLATE, Instant.parse("2025-04-01T23:30:00Z"), null)));

        Map<RouteKey, Set<LocalDate>> touched = store.record(obs);
        touched.forEach(store::recompute);

        RouteKey country = RouteKey.country("LY", "IT");
        RouteHistory history = store.history(country, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2));
        RouteDay day = history.day(LocalDate.of(2025, 4, 2));
        assertThat(day.offers()).isEqualTo(3);
        assertThat(day.authors()).containsExactlyInAnyOrder("telegram:boats_one", "telegram:boats_two");
        assertThat(day.prices()).containsExactly(3000.0, 3220.0, 1170.0);
        assertThat(day.medianEur()).isEqualTo(3000.0);
        assertThat(history.offers(LocalDate.of(2025, 4, 1))).isEqualTo(1);
        assertThat(touched.keySet()).containsExactlyInAnyOrder(country,
                new RouteKey(RouteKey.Level.PLACE, "Zuwara", "LY", "Lampedusa", "IT"));
    }
}
