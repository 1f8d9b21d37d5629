package org.tidewatch.rules.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs the alert JSON to a webhook. With a secret, the header {@code X-Tidewatch-Signature: sha256=<hex>} carries the
 * HMAC-SHA256 of the exact body, so the receiver can check it came from us; {@code X-Tidewatch-Delivery} carries the
 * outbox id, so a receiver can drop a repeat after a lost response. Any status other than 2xx is a failure.
 */
public final class WebhookNotifier implements Notifier {
    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-Tidewatch-Signature";
    /** The delivery id header. */
    public static final String DELIVERY_HEADER = "X-Tidewatch-Delivery";
    private final HttpClient client;
    private final String secret;
    private final Duration timeout;

    public WebhookNotifier(String secret, Duration timeout) {
        this.secret = secret;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(OutboxEntry entry) throws DeliveryException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(entry.target().address()))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Tidewatch-alerts")
                .header(DELIVERY_HEADER, Long.toString(entry.id()))
                .POST(HttpRequest.BodyPublishers.ofString(entry.payload(), StandardCharsets.UTF_8));
        if (secret != null) {
            request.header(SIGNATURE_HEADER, "sha256=" + sign(secret, entry.payload()));
        }
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryException("webhook " + entry.target().address() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while calling webhook " + entry.target().address(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryException("webhook " + entry.target().address() + " answered HTTP " + response.statusCode());
        }
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 body under the secret. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from this JDK", e);
        }
    }
}
