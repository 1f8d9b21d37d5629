package org.tidewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.rules.SyntheticHistory.START;
import static org.tidewatch.rules.SyntheticHistory.advert;
import static org.tidewatch.rules.SyntheticHistory.route;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Alert;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Route;
import org.tidewatch.core.store.Database;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.rules.alert.AlertQuery;
import org.tidewatch.rules.delivery.DeliverySettings;

class RouteAlertReplayTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final int DAYS = 56;
    private static final Route ZUWARA = route("Zuwara", "LY", "Lampedusa", "IT");
    private static final Route ORAN = route("Oran", "DZ", "Almeria", "ES");
    private static final Route SFAX = route("Sfax", "TN", "Lampedusa", "IT");
    private static final Route CALAIS = route("Calais", "FR", "Dover", "GB");
    private static final Route ZEEBRUGGE = route("Zeebrugge", "BE", "Dover", "GB");
    private static final Route IZMIR = route("Izmir", "TR", "Lesbos", "GR");
    private static final Route MALTA = route("Zuwara", "LY", "Malta", "MT");
    private final List<Rules> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Rules::close);
    }

    private Rules rules() {
        Rules rules = Rules.open(Database.inMemory("replay" + DB.incrementAndGet()), RulesSettings.defaults(),
                DeliverySettings.defaults(), IndexSettings.defaults());
        opened.add(rules);
        return rules;
    }

    /** Fourteen stable routes with noise and reposts, two reposting spammers, and one event of each alert kind. */
    private static List<EnrichedPost> history() {
        SyntheticHistory h = new SyntheticHistory(20250101L);
        h.noisyRoute(ZUWARA, 4, 10, 3000, 0, DAYS);
        h.noisyRoute(IZMIR, 6, 12, 900, 0, DAYS);
        h.noisyRoute(route("Tobruk", "LY", "Crete", "GR"), 3, 8, 2500, 0, DAYS);
        h.noisyRoute(route("Tangier", "MA", "Tarifa", "ES"), 5, 10, 2000, 0, DAYS);
        h.noisyRoute(route("Dakar", "SN", "Canary Islands", "ES"), 2, 6, 1200, 0, DAYS);
        h.noisyRoute(route("Bihac", "BA", "Zagreb", "HR"), 3, 8, 1500, 0, DAYS);
        h.noisyRoute(route("Subotica", "RS", "Szeged", "HU"), 4, 8, 1800, 0, DAYS);
        h.noisyRoute(route("Vlore", "AL", "Brindisi", "IT"), 2, 6, 2200, 0, DAYS);
        h.noisyRoute(route("Urmia", "IR", "Van", "TR"), 5, 10, 700, 0, DAYS);
        h.noisyRoute(route("Idlib", "SY", "Hatay", "TR"), 3, 8, 600, 0, DAYS);
        h.steadyRoute(CALAIS, 5, 1400, 0, DAYS, "calais_");
        h.steadyRoute(ZEEBRUGGE, 1, 1600, 0, 45, "zee_");
        h.steadyRoute(SFAX, 4, 1500, 0, 40, "sfax_old_");
        // A route that appears during warm-up never alerts, then stays quiet at one offer a day.
        Route salloum = route("Salloum", "EG", "Tobruk", "LY");
        for (String author : List.of("sal_a", "sal_b", "sal_c")) {
            h.post(5, author, salloum, advert(author, 0, salloum), 800);
        }
        h.steadyRoute(salloum, 1, 800, 6, DAYS, "sal_a");

        // SURGE on LY>IT, day 30: 25 distinct sellers on a route that usually sees 4 offers a day.
        for (int i = 0; i < 25; i++) {
            h.post(30, "surge_seller" + i, ZUWARA, advert("surge_seller" + i, 0, ZUWARA), 3000);
        }
        // NEW_ROUTE DZ>ES: one author on day 20, two more on day 21, then one offer a day.
        h.post(20, "oran_a", ORAN, advert("oran_a", 0, ORAN), 2500);
        h.post(21, "oran_b", ORAN, advert("oran_b", 0, ORAN), 2600);
        h.post(21, "oran_c", ORAN, advert("oran_c", 0, ORAN), 2400);
        for (int day = 22; day < DAYS; day++) {
            String author = "oran_" + (char) ('a' + day % 3);
            h.post(day, author, ORAN, advert(author, 0, ORAN), 2500);
        }
        // PRICE_SHIFT on TN>IT: EUR 1500 becomes EUR 2500 from day 40; the recent median turns on day 43.
        h.steadyRoute(SFAX, 4, 2500, 40, DAYS, "sfax_new_");
        // DEPARTURE_SHIFT toward GB: Belgium goes from 1 to 6 offers a day on day 45, France stays at 5; the share
        // gain passes 25 points on day 48.
        h.steadyRoute(ZEEBRUGGE, 6, 1600, 45, DAYS, "zee_");
        // Spammers: one author reposting one advert 50 times a day on a new route, and 50 times on a stable one.
        for (int day = 25; day < 28; day++) {
            h.spam(day, "spam_boats", MALTA, 50, 2000);
        }
        h.spam(35, "spam_izmir", IZMIR, 50, 900);
        return h.posts();
    }

    private static String describe(Alert a) {
        return a.kind() + " " + a.route().fromCountry() + ">" + a.route().toCountry() + " "
                + LocalDate.ofInstant(a.firedAt(), ZoneOffset.UTC);
    }

    private static final List<String> EXPECTED = List.of(
            "NEW_ROUTE DZ>ES " + START.plusDays(21),
            "SURGE LY>IT " + START.plusDays(30),
            "PRICE_SHIFT TN>IT " + START.plusDays(43),
            "DEPARTURE_SHIFT BE>GB " + START.plusDays(48));

    /** One replay of the whole period, in shuffled order and one batch, shared by the tests that only read it. */
    private static Rules replayed;
    private static List<Alert> replayRaised;

    @BeforeAll
    static void replayOnce() {
        List<EnrichedPost> posts = new ArrayList<>(history());
        Collections.shuffle(posts, new Random(7));
        replayed = Rules.open(Database.inMemory("replay-shared"), RulesSettings.defaults(), DeliverySettings.defaults(),
                IndexSettings.defaults());
        replayRaised = replayed.engine().onIndexed(posts);
    }

    @AfterAll
    static void closeReplay() {
        replayed.close();
    }

    @Test
    void replayOfAPeriodInOneBatchFiresEachKindOnItsDayAndNothingElse() {
        Rules rules = replayed;
        List<Alert> raised = replayRaised;

        assertThat(raised).extracting(RouteAlertReplayTest::describe).containsExactlyInAnyOrderElementsOf(EXPECTED);
        assertThat(rules.alerts().list(AlertQuery.all())).extracting(s -> describe(s.alert()))
                .containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void dayByDayIngestRaisesTheSameAlertsWithTheSameIds() {
        List<String> replayIds = replayRaised.stream().map(Alert::id).sorted().toList();
        Map<LocalDate, List<EnrichedPost>> byDay = new TreeMap<>();
        for (EnrichedPost p : history()) {
            byDay.computeIfAbsent(LocalDate.ofInstant(p.post().publishedAt(), ZoneOffset.UTC), d -> new ArrayList<>()).add(p);
        }
        Rules live = rules();
        List<Alert> raised = new ArrayList<>();
        byDay.values().forEach(batch -> raised.addAll(live.engine().onIndexed(batch)));

        assertThat(raised).extracting(RouteAlertReplayTest::describe).containsExactlyElementsOf(EXPECTED);
        assertThat(raised.stream().map(Alert::id).sorted().toList()).isEqualTo(replayIds);
    }

    @Test
    void ingestingTheSamePeriodTwiceRaisesNothingNew() {
        Rules rules = replayed;

        assertThat(rules.engine().onIndexed(history())).isEmpty();
        assertThat(rules.alerts().list(AlertQuery.all())).hasSize(EXPECTED.size());
    }

    @Test
    void alertsCarryCountsBaselinesExamplesAndAnExplanation() {
        Alert surge = replayRaised.stream().filter(a -> a.kind().equals("SURGE")).findFirst()
                .orElseThrow();

        assertThat(surge.count()).isGreaterThanOrEqualTo(25);
        assertThat(surge.baseline()).isBetween(2.0, 6.0);
        assertThat(surge.examplePostIds()).hasSize(5).allMatch(id -> id.startsWith("telegram:synthetic/"));
        assertThat(surge.explanation()).startsWith("Offers on Libya to Italy (LY>IT) surged: " + (int) surge.count()
                + " distinct offers on " + START.plusDays(30));
        assertThat(surge.route()).isEqualTo(new Route("Libya", "LY", "Italy", "IT"));
    }

    @Test
    void aSingleAuthorRepostingOneAdvertFiftyTimesADayRaisesNothing() {
        SyntheticHistory h = new SyntheticHistory(3);
        h.noisyRoute(IZMIR, 6, 12, 900, 0, 40);
        for (int day = 20; day < 40; day++) {
            h.spam(day, "spam_boats", MALTA, 50, 2000);
        }
        h.spam(30, "spam_izmir", IZMIR, 50, 900);

        assertThat(rules().engine().onIndexed(h.posts())).isEmpty();
    }

    @Test
    void noRouteAlertBeforeFourteenDaysOfHistoryAndNoSurgeBeforeFourteenDaysOfTheRoute() {
        SyntheticHistory h = new SyntheticHistory(5);
        h.steadyRoute(CALAIS, 5, 1400, 0, 40, "calais_");
        // Three sellers on a new route on day 10 (warm-up), and again on a second new route on day 20 (warmed up).
        for (String author : List.of("a", "b", "c")) {
            h.post(10, author, ORAN, advert(author, 0, ORAN), 2500);
            h.post(20, author, SFAX, advert(author, 0, SFAX), 1500);
        }
        h.steadyRoute(SFAX, 1, 1500, 21, 40, "sfax_");
        // 20 sellers on day 30: a surge, but the route has only 10 days of its own history.
        for (int i = 0; i < 20; i++) {
            h.post(30, "s" + i, SFAX, advert("s" + i, 0, SFAX), 1500);
        }

        assertThat(rules().engine().onIndexed(h.posts())).extracting(RouteAlertReplayTest::describe)
                .containsExactly("NEW_ROUTE TN>IT " + START.plusDays(20));
    }
}
