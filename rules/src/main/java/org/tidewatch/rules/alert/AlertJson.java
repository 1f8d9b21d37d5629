package org.tidewatch.rules.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tidewatch.core.Alert;
import org.tidewatch.core.Route;

/**
 * The JSON form of alerts used by {@code tidewatch alerts --json}, the HTTP API and webhooks: an array of
 * {@code {"id","kind","fired_at","route":{"from","from_country","to","to_country"},"count","baseline","explanation",
 * "example_post_ids"}}; watchlist alerts have {@code "route": null} and a {@code "watchlist"} name, stored alerts a
 * {@code "state"}. Times are ISO 8601 UTC.
 */
public final class AlertJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {
    }

    /** JSON array of stored alerts, with their state. */
    public static String ofStored(List<StoredAlert> alerts) {
        ArrayNode array = MAPPER.createArrayNode();
        alerts.forEach(s -> array.add(node(s.alert()).put("state", s.state().name())));
        return write(array);
    }

    /** JSON array of alerts. */
    public static String of(List<Alert> alerts) {
        ArrayNode array = MAPPER.createArrayNode();
        alerts.forEach(a -> array.add(node(a)));
        return write(array);
    }

    /** JSON object of one alert (the webhook body). */
    public static String of(Alert alert) {
        return write(node(alert));
    }

    static ObjectNode node(Alert a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("kind", a.kind());
        o.put("fired_at", DateTimeFormatter.ISO_INSTANT.format(a.firedAt()));
        Route r = a.route();
        if (r == null) {
            o.putNull("route");
        } else {
            o.putObject("route").put("from", r.from()).put("from_country", r.fromCountry()).put("to", r.to())
                    .put("to_country", r.toCountry());
        }
        if (a.watchlist() != null) {
            o.put("watchlist", a.watchlist());
        }
        putNumber(o, "count", a.count());
        putNumber(o, "baseline", a.baseline());
        o.put("explanation", a.explanation());
        ArrayNode ids = o.putArray("example_post_ids");
        a.examplePostIds().forEach(ids::add);
        return o;
    }

    private static void putNumber(ObjectNode o, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(key, (long) value);
        } else {
            o.put(key, value);
        }
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert JSON", e);
        }
    }
}
