package org.tidewatch.rules.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.core.store.Database;
import org.tidewatch.core.time.MutableClock;

class EmailDeliveryTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final String ALERT = "{\"id\":\"a7\",\"kind\":\"NEW_ROUTE\",\"fired_at\":\"2025-05-01T18:00:00Z\","
            + "\"route\":{\"from\":\"Algeria\",\"from_country\":\"DZ\",\"to\":\"Spain\",\"to_country\":\"ES\"},"
            + "\"count\":4,\"baseline\":0,\"explanation\":\"New route Algeria to Spain (DZ>ES): 4 distinct offers from"
            + " 3 different authors in the 3 days to 2025-05-01, and none in the 60 days before.\","
            + "\"example_post_ids\":[\"telegram:c/5\",\"telegram:c/6\"]}";
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T08:00:00Z"));
    private final Outbox outbox = new Outbox(Database.inMemory("mail" + DB.incrementAndGet()), clock);
    private GreenMail greenMail;

    @AfterEach
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private DeliveryWorker worker(int port) {
        DeliverySettings settings = DeliverySettings.fromConfig(new ConfigNode("test.yaml", "delivery",
                Map.of("webhook_timeout_ms", 30_000, "smtp", Map.of("host", "localhost", "port", port,
                        "from", "alerts@tidewatch.example"))), Map.of());
        return new DeliveryWorker(outbox, DeliveryWorker.standardNotifiers(settings), settings, clock);
    }

    @Test
    void anAlertIsMailedWithItsExplanationAndNothingIsLostWhileTheServerIsDown() throws Exception {
        int port = freePort();
        DeliveryWorker worker = worker(port);
        outbox.enqueue("a7", ALERT, List.of(new Target(Target.Channel.EMAIL, "desk@police.example")));

        assertThat(worker.runOnce()).isZero();
        assertThat(outbox.failures(10)).singleElement()
                .satisfies(e -> assertThat(e.lastError()).startsWith("e-mail to desk@police.example via localhost:" + port));

        greenMail = new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.runOnce()).isEqualTo(1);

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Tidewatch] NEW_ROUTE Algeria to Spain");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("desk@police.example");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("alerts@tidewatch.example");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).startsWith("New route Algeria to Spain (DZ>ES): 4 distinct offers")
                .contains("Alert: a7").contains("  telegram:c/5");
        assertThat(outbox.counts()).containsEntry(OutboxEntry.Status.DELIVERED, 1L);
        assertThat(worker.runOnce()).as("delivered once only").isZero();
    }
}
