package org.tidewatch.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.http.SourcesJson;
import org.tidewatch.app.runtime.DataDirLock;
import org.tidewatch.app.runtime.LockedDatabase;
import org.tidewatch.crawler.health.Backoff;
import org.tidewatch.crawler.health.SourceHealthStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch sources}: the health of every configured source. */
@Command(name = "sources", description = "Show the health of every configured source.")
public final class SourcesCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the same JSON as GET /api/sources.")
    boolean json;

    @Override
    public Integer call() {
        TidewatchConfig config = global.loadConfig();
        ArrayNode rows;
        try (LockedDatabase data = LockedDatabase.open(global.dataDir(), "sources")) {
            SourceHealthStore health = new SourceHealthStore(data.db(), Backoff.DEFAULT, Clock.systemUTC());
            rows = new SourcesJson(new ObjectMapper()).toJson(config.sources(), health, id -> Optional.empty());
        } catch (DataDirLock.DataDirBusyException e) {
            throw new UserFacingException(e.getMessage() + " (a running server shows this at GET /api/sources)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(rows.toString());
        } else if (rows.isEmpty()) {
            out.println("no sources configured in " + global.configFile());
        } else {
            out.printf("%-24s %-9s %-10s %-8s %-25s %s%n", "SOURCE", "TYPE", "STATUS", "POSTS", "LAST SUCCESS", "LAST ERROR");
            for (JsonNode r : rows) {
                out.printf("%-24s %-9s %-10s %-8d %-25s %s%n", r.get("id").asText(), r.get("type").asText(), r.get("status").asText(),
                        r.get("items_total").asLong(), r.get("last_success_at").asText("-"),
                        r.get("last_error").isNull() ? "-" : r.get("last_error").asText());
            }
        }
        out.flush();
        return 0;
    }
}
