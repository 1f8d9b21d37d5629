package org.tidewatch.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.core.DayOrInstant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch alerts}: route and watchlist alerts, newest first. */
@Command(name = "alerts", description = "List route and watchlist alerts (times in ISO 8601 UTC).")
public final class AlertsCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "A JSON array of {id, kind, fired_at, route, count, baseline, explanation, example_post_ids}.")
    boolean json;

    @Option(names = "--since", paramLabel = "DATE", description = "Only alerts fired on or after DATE (YYYY-MM-DD or an ISO instant).")
    String since;

    @Override
    public Integer call() throws Exception {
        Instant from = parseSince(since);
        try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "alerts")) {
            String array = tw.rules().alertsJson(from);
            JsonNode alerts = new ObjectMapper().readTree(array);
            tw.audit().record("cli:" + System.getProperty("user.name", "unknown"), AuditAction.VIEW,
                    "alerts" + (since == null ? "" : " since " + since), alerts.size());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(array);
            } else if (alerts.isEmpty()) {
                out.println("no alerts");
            } else {
                for (JsonNode a : alerts) {
                    JsonNode r = a.get("route");
                    String route = r == null || r.isNull() ? (a.has("watchlist") ? "watchlist " + a.get("watchlist").asText() : "")
                            : end(r, "from") + " -> " + end(r, "to");
                    out.println(a.get("fired_at").asText() + "  " + a.get("kind").asText() + "  " + route);
                    out.println("  " + a.get("explanation").asText());
                }
            }
            out.flush();
        }
        return 0;
    }

    private static String end(JsonNode route, String side) {
        JsonNode place = route.get(side);
        JsonNode country = route.get(side + "_country");
        return (place == null || place.isNull() ? "?" : place.asText()) + (country == null || country.isNull() ? "" : " (" + country.asText() + ")");
    }

    static Instant parseSince(String since) {
        if (since == null) {
            return null;
        }
        try {
            return DayOrInstant.parse(since);
        } catch (DateTimeParseException e) {
            throw new UserFacingException("--since must be a date (YYYY-MM-DD) or an ISO 8601 instant, not '" + since + "'");
        }
    }
}
