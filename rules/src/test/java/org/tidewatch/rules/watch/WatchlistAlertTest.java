package org.tidewatch.rules.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Alert;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;
import org.tidewatch.core.store.Database;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.rules.Rules;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.delivery.DeliverySettings;

class WatchlistAlertTest {
    private static final AtomicInteger DB = new AtomicInteger();
    /** libphonenumber's example mobile numbers for Libya and Italy. */
    private static final String LY_PHONE = "+218912345678";
    private static final String IT_PHONE = "+393123456789";
    private static final Route LY_IT = new Route("Zuwara", "LY", "Lampedusa", "IT");
    private final List<Rules> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Rules::close);
    }

    private Rules open(String db, Rules.Parts parts) {
        Rules rules = Rules.open(Database.inMemory(db), RulesSettings.defaults(), DeliverySettings.defaults(), parts);
        opened.add(rules);
        return rules;
    }

    /** Built once: the index's analyzers take a while to load. */
    private static final Rules.Parts STANDARD = Rules.Parts.standard(IndexSettings.defaults(), DeliverySettings.defaults());

    private static Rules.Parts standard() {
        return STANDARD;
    }

    private static EnrichedPost post(String id, String author, String text, List<String> phones, List<String> handles,
                                     List<Route> routes, Integer eur) {
        Instant at = Instant.parse("2025-05-03T10:15:00Z");
        Post p = new Post(id, "test", "telegram", null, author, null, at, at, text, null, null);
        List<Price> prices = eur == null ? List.of() : List.of(new Price(BigDecimal.valueOf(eur), "EUR"));
        return new EnrichedPost(p, new Enrichment("en", true, 0.9, "sea_crossing", List.of(), prices, routes, phones,
                handles));
    }

    private static final List<EnrichedPost> POSTS = List.of(
            post("telegram:c/1", "boats_ly", "Departure this week, call " + LY_PHONE, List.of(LY_PHONE), List.of(),
                    List.of(LY_IT), 3000),
            post("telegram:c/2", "helper", "Ask @sea_runner for places on the boat tonight", List.of(), List.of("@sea_runner"),
                    List.of(), null),
            post("telegram:c/3", "other", "Nothing to see, weather report for fishermen", List.of(), List.of(), List.of(),
                    null),
            post("telegram:c/4", "boats_it", "Pick-up in Sicily, call " + IT_PHONE, List.of(IT_PHONE), List.of(),
                    List.of(new Route("Sfax", "TN", "Sicily", "IT")), 1500));

    @Test
    void eachWatchlistRaisesOneAlertNamingItsMatchingPosts() {
        Rules rules = open("watch" + DB.incrementAndGet(), standard());
        WatchlistService watch = rules.watchlists();
        watch.add("analyst", "ly-phone", "phone:" + LY_PHONE, List.of());
        watch.add("analyst", "runner", "handle:@Sea_Runner", List.of());
        watch.add("analyst", "boat-tonight", "\"boat tonight\"", List.of());
        watch.add("analyst", "to-italy-cheap", "to:IT price:[1000 TO 2000]", List.of());
        watch.add("analyst", "nobody", "phone:+216 20 123 456", List.of());

        List<Alert> alerts = rules.engine().onIndexed(POSTS);

        assertThat(alerts).extracting(a -> a.watchlist() + "=" + a.examplePostIds()).containsExactlyInAnyOrder(
                "ly-phone=[telegram:c/1]", "runner=[telegram:c/2]", "boat-tonight=[telegram:c/2]",
                "to-italy-cheap=[telegram:c/4]");
        assertThat(alerts).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo("WATCHLIST");
            assertThat(a.route()).isNull();
            assertThat(a.count()).isEqualTo(1);
            assertThat(a.firedAt()).isEqualTo(Instant.parse("2025-05-03T10:15:00Z"));
        });
    }

    @Test
    void aRecollectedPostDoesNotAlertTwiceAndWatchlistsSurviveARestart() {
        String db = "watch" + DB.incrementAndGet();
        Rules first = open(db, standard());
        first.watchlists().add("analyst", "ly-phone", "phone:" + LY_PHONE, List.of());
        assertThat(first.engine().onIndexed(POSTS)).hasSize(1);
        assertThat(first.engine().onIndexed(POSTS)).isEmpty();
        first.close();

        Rules again = open(db, standard());
        EnrichedPost fresh = post("telegram:c/9", "boats_ly", "New date, same number " + LY_PHONE, List.of(LY_PHONE),
                List.of(), List.of(), null);
        assertThat(again.watchlists().list()).extracting(Watchlist::name).containsExactly("ly-phone");
        assertThat(again.engine().onIndexed(List.of(POSTS.get(0), fresh))).singleElement()
                .satisfies(a -> assertThat(a.examplePostIds()).containsExactly("telegram:c/9"));
    }

    @Test
    void aBadQueryIsRefusedWithTheParsersMessageAndNotStored() {
        Rules rules = open("watch" + DB.incrementAndGet(), standard());

        assertThatThrownBy(() -> rules.watchlists().add("analyst", "broken", "route:Libya", List.of()))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("route: expects FROM>TO");
        assertThatThrownBy(() -> rules.watchlists().add("analyst", "bad-target", "phone:" + LY_PHONE, List.of("sms:123")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a delivery target must be webhook:URL or email:ADDRESS, not 'sms:123'");
        assertThat(rules.watchlists().list()).isEmpty();
    }

    @Test
    void aNameIsTakenOnceAndADeletedWatchlistStopsMatching() {
        Rules rules = open("watch" + DB.incrementAndGet(), standard());
        rules.watchlists().add("analyst", "ly-phone", "phone:" + LY_PHONE, List.of("email:desk@example.org"));

        assertThatThrownBy(() -> rules.watchlists().add("other", "ly-phone", "handle:@x", List.of()))
                .hasMessage("a watchlist named 'ly-phone' exists already");
        assertThat(rules.watchlists().delete("ly-phone")).isTrue();
        assertThat(rules.watchlists().delete("ly-phone")).isFalse();
        assertThat(rules.engine().onIndexed(POSTS)).isEmpty();
    }

    @Test
    void aQueryThatFailsWhileMatchingDoesNotStopTheOthers() {
        Rules.Parts standard = standard();
        WatchQueryParser exploding = q -> q.equals("explode") ? new ExplodingQuery() : standard.parser().parse(q);
        Rules rules = open("watch" + DB.incrementAndGet(), new Rules.Parts(exploding, standard.documents(),
                standard.analyzer(), standard.duplicates(), standard.notifiers(), standard.clock()));
        rules.watchlists().add("analyst", "broken-at-match", "explode", List.of());
        rules.watchlists().add("analyst", "ly-phone", "phone:" + LY_PHONE, List.of());

        List<Alert> alerts = rules.engine().onIndexed(POSTS);

        assertThat(alerts).extracting(Alert::watchlist).containsExactly("ly-phone");
        assertThat(rules.engine().status().watchlistErrors()).containsOnlyKeys("broken-at-match");
    }

    @Test
    void watchlistAlertsAppearInTheJsonWithKindAndName() throws Exception {
        Rules rules = open("watch" + DB.incrementAndGet(), standard());
        rules.watchlists().add("analyst", "ly-phone", "phone:" + LY_PHONE, List.of());
        String id = rules.engine().onIndexed(POSTS).get(0).id();

        JsonNode json = new ObjectMapper().readTree(rules.alertsJson(null));

        assertThat(json).hasSize(1);
        JsonNode a = json.get(0);
        assertThat(a.get("id").asText()).isEqualTo(id);
        assertThat(a.get("kind").asText()).isEqualTo("WATCHLIST");
        assertThat(a.get("watchlist").asText()).isEqualTo("ly-phone");
        assertThat(a.get("fired_at").asText()).isEqualTo("2025-05-03T10:15:00Z");
        assertThat(a.get("route").isNull()).isTrue();
        assertThat(a.get("count").asInt()).isEqualTo(1);
        assertThat(a.get("example_post_ids").get(0).asText()).isEqualTo("telegram:c/1");
        assertThat(a.get("explanation").asText()).isEqualTo(
                "Watchlist 'ly-phone' (phone:" + LY_PHONE + ") matched 1 new post: telegram:c/1.");
        assertThat(a.get("state").asText()).isEqualTo("NEW");
    }

    /** A query whose matching throws, standing for any query that breaks at match time. */
    private static final class ExplodingQuery extends Query {
        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
            throw new IllegalStateException("this query always fails");
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public String toString(String field) {
            return "explode";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExplodingQuery;
        }

        @Override
        public int hashCode() {
            return 42;
        }
    }
}
