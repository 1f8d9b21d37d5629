package org.tidewatch.rules.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends an alert as a plain-text e-mail over SMTP (Jakarta Mail), one message per recipient. */
public final class EmailNotifier implements Notifier {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final DeliverySettings.Smtp smtp;
    private final Session session;

    public EmailNotifier(DeliverySettings.Smtp smtp, int timeoutMs) {
        this.smtp = smtp;
        Properties props = new Properties();
        props.put("mail.smtp.host", smtp.host());
        props.put("mail.smtp.port", Integer.toString(smtp.port()));
        props.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMs));
        props.put("mail.smtp.timeout", Integer.toString(timeoutMs));
        props.put("mail.smtp.writetimeout", Integer.toString(timeoutMs));
        props.put("mail.smtp.auth", Boolean.toString(smtp.username() != null));
        props.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        this.session = Session.getInstance(props);
    }

    @Override
    public void send(OutboxEntry entry) throws DeliveryException {
        try {
            JsonNode alert = MAPPER.readTree(entry.payload());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(smtp.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(entry.target().address()));
            message.setSubject("[Tidewatch] " + subject(alert), StandardCharsets.UTF_8.name());
            message.setText(body(alert), StandardCharsets.UTF_8.name());
            message.setHeader("X-Tidewatch-Delivery", Long.toString(entry.id()));
            if (smtp.username() != null) {
                Transport.send(message, smtp.username(), smtp.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | IOException e) {
            throw new DeliveryException("e-mail to " + entry.target().address() + " via " + smtp.host() + ":" + smtp.port()
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static String subject(JsonNode a) {
        JsonNode route = a.path("route");
        String what = route.isObject()
                ? route.path("from").asText("?") + " to " + route.path("to").asText("?")
                : a.path("watchlist").asText("");
        return a.path("kind").asText() + " " + what;
    }

    private static String body(JsonNode a) {
        StringBuilder b = new StringBuilder();
        b.append(a.path("explanation").asText()).append("\n\n");
        b.append("Alert: ").append(a.path("id").asText()).append('\n');
        b.append("Kind: ").append(a.path("kind").asText()).append('\n');
        b.append("Fired at: ").append(a.path("fired_at").asText()).append('\n');
        b.append("Count: ").append(a.path("count").asText()).append("  baseline: ").append(a.path("baseline").asText()).append('\n');
        b.append("Example posts:\n");
        a.path("example_post_ids").forEach(id -> b.append("  ").append(id.asText()).append('\n'));
        return b.toString();
    }
}
