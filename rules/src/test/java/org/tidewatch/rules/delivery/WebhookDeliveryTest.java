package org.tidewatch.rules.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.store.Database;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.rules.Rules;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.core.time.MutableClock;

class WebhookDeliveryTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final String SECRET = "test-secret-not-for-production";
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    private final Outbox outbox = new Outbox(Database.inMemory("hook" + DB.incrementAndGet()), clock);
    private WireMockServer server = new WireMockServer(options().dynamicPort());

    private DeliveryWorker worker() {
        DeliverySettings settings = DeliverySettings.fromConfig(new ConfigNode("test.yaml", "delivery",
                Map.of("initial_backoff_ms", 1000, "max_backoff_ms", 60_000, "webhook_timeout_ms", 30_000)),
                Map.of("TIDEWATCH_WEBHOOK_SECRET", SECRET));
        return new DeliveryWorker(outbox, DeliveryWorker.standardNotifiers(settings), settings, clock);
    }

    private Target hook() {
        return new Target(Target.Channel.WEBHOOK, "http://localhost:" + server.port() + "/hook");
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void signsTheBodyWithHmacSha256() {
        // RFC 4231, test case 2.
        assertThat(WebhookNotifier.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void deliversTheAlertJsonWithAVerifiableSignatureAndDeliveryId() throws Exception {
        server.start();
        server.stubFor(post(urlEqualTo("/hook")).willReturn(ok()));
        String json = "{\"id\":\"a1\",\"kind\":\"SURGE\",\"explanation\":\"Offers on Libya to Italy surged\"}";
        outbox.enqueue("a1", json, List.of(hook()));

        assertThat(worker().runOnce()).isEqualTo(1);

        LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
        assertThat(request.getBodyAsString()).isEqualTo(json);
        assertThat(request.getHeader(WebhookNotifier.SIGNATURE_HEADER))
                .isEqualTo("sha256=" + WebhookNotifier.sign(SECRET, request.getBodyAsString()));
        assertThat(request.getHeader(WebhookNotifier.DELIVERY_HEADER))
                .isEqualTo(String.valueOf(outbox.ofAlert("a1").get(0).id()));
        assertThat(new ObjectMapper().readTree(request.getBodyAsString()).get("kind").asText()).isEqualTo("SURGE");
        assertThat(outbox.counts()).containsEntry(OutboxEntry.Status.DELIVERED, 1L).containsEntry(OutboxEntry.Status.PENDING, 0L);
    }

    @Test
    void aReceiverThatIsDownThenBackGetsEveryAlertExactlyOnce() {
        server.start();
        int port = server.port();
        server.stop();
        DeliveryWorker worker = worker();
        for (int i = 0; i < 20; i++) {
            outbox.enqueue("a" + i, "{\"id\":\"a" + i + "\"}", List.of(new Target(Target.Channel.WEBHOOK,
                    "http://localhost:" + port + "/hook")));
        }

        assertThat(worker.runOnce()).isZero();
        assertThat(outbox.failures(100)).hasSize(20).allSatisfy(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).startsWith("webhook http://localhost:" + port + "/hook unreachable");
        });
        assertThat(worker.runOnce()).as("nothing is due before the backoff").isZero();

        server = new WireMockServer(options().port(port));
        server.start();
        server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.runOnce()).isZero();
        assertThat(outbox.failures(100)).allSatisfy(e -> assertThat(e.lastError()).endsWith("answered HTTP 503"));

        server.resetRequests();
        server.stubFor(post(urlEqualTo("/hook")).willReturn(ok()));
        clock.advance(Duration.ofSeconds(2));
        assertThat(worker.runOnce()).isEqualTo(20);

        List<String> bodies = server.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
        assertThat(bodies).hasSize(20).doesNotHaveDuplicates();
        assertThat(outbox.counts()).containsEntry(OutboxEntry.Status.DELIVERED, 20L).containsEntry(OutboxEntry.Status.PENDING, 0L);
        assertThat(outbox.failures(100)).isEmpty();
    }

    @Test
    void aWatchlistMatchReachesTheWatchlistsWebhook() throws Exception {
        server.start();
        server.stubFor(post(urlEqualTo("/hook")).willReturn(ok()));
        DeliverySettings settings = DeliverySettings.fromConfig(new ConfigNode("test.yaml", "delivery",
                Map.of("webhook_timeout_ms", 30_000)), Map.of("TIDEWATCH_WEBHOOK_SECRET", SECRET));
        Instant at = Instant.parse("2025-05-03T10:15:00Z");
        EnrichedPost post = new EnrichedPost(new Post("telegram:c/1", "test", "telegram", null, "boats_ly", null, at, at,
                "Departure this week, call +218912345678", null, null), new Enrichment("en", true, 0.9, "sea_crossing",
                List.of(), List.of(), List.of(), List.of("+218912345678"), List.of()));
        try (Rules rules = Rules.open(Database.inMemory("hook-e2e" + DB.incrementAndGet()), RulesSettings.defaults(),
                settings, IndexSettings.defaults())) {
            rules.watchlists().add("analyst", "ly-phone", "phone:+218912345678", List.of("webhook:" + hook().address()));
            String id = rules.engine().onIndexed(List.of(post)).get(0).id();

            assertThat(rules.delivery().runOnce()).isEqualTo(1);

            LoggedRequest request = server.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
            var json = new ObjectMapper().readTree(request.getBodyAsString());
            assertThat(json.get("id").asText()).isEqualTo(id);
            assertThat(json.get("kind").asText()).isEqualTo("WATCHLIST");
            assertThat(json.get("watchlist").asText()).isEqualTo("ly-phone");
            assertThat(request.getHeader(WebhookNotifier.SIGNATURE_HEADER))
                    .isEqualTo("sha256=" + WebhookNotifier.sign(SECRET, request.getBodyAsString()));
        }
    }

    @Test
    void afterTheLastAttemptAnEntryIsFailedAndCanBeRequeued() {
        server.start();
        server.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(500)));
        DeliverySettings settings = DeliverySettings.fromConfig(new ConfigNode("test.yaml", "delivery",
                Map.of("max_attempts", 2, "initial_backoff_ms", 10, "webhook_timeout_ms", 30_000)), Map.of());
        DeliveryWorker worker = new DeliveryWorker(outbox, DeliveryWorker.standardNotifiers(settings), settings, clock);
        outbox.enqueue("a1", "{}", List.of(hook()));

        worker.runOnce();
        clock.advance(Duration.ofSeconds(1));
        worker.runOnce();

        OutboxEntry failed = outbox.ofAlert("a1").get(0);
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        server.stubFor(post(urlEqualTo("/hook")).willReturn(ok()));
        outbox.requeue(failed.id());
        assertThat(worker.runOnce()).isEqualTo(1);
    }
}
