package org.tidewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;

class WatchAndAlertsCommandTest {
    @TempDir
    Path dir;

    private CliRun tw(String... args) {
        return CliRun.withFiles(dir.resolve("tw.yaml"), dir.resolve("data"), args);
    }

    @Test
    void aWatchlistOnAPhoneRaisesOneAlertWhenAMatchingPostIsIngested() throws Exception {
        Files.writeString(dir.resolve("tw.yaml"), "sources: []\n");
        CliRun add = tw("watch", "add", "zuwara-broker", "phone:+218912345678");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out().strip()).isEqualTo("added watchlist zuwara-broker: phone:+218912345678");
        CliRun bad = tw("watch", "add", "broken", "(phone:");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines().toList()).hasSize(1);
        assertThat(tw("watch", "list").out()).contains("zuwara-broker\tphone:+218912345678");

        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, """
                {"id":"71","platform":"telegram","author":"boats_ly","published_at":"2026-11-20T08:00:00Z","text":"Departure Friday from Zuwara to Lampedusa, 4000 euro, WhatsApp 0912345678 Libya"}
                {"id":"72","platform":"telegram","author":"other","published_at":"2026-11-20T09:00:00Z","text":"Ferry Tunis to Palermo, tickets at the port"}
                """);
        assertThat(tw("ingest", "--in", in.toString()).code()).isZero();
        assertThat(tw("ingest", "--in", in.toString()).code()).isZero(); // re-collected: no second alert

        CliRun alerts = tw("alerts", "--json");
        assertThat(alerts.code()).as(alerts.err()).isZero();
        JsonNode arr = new ObjectMapper().readTree(alerts.out());
        assertThat(arr).hasSize(1);
        assertThat(arr.get(0).get("kind").asText()).isEqualTo("WATCHLIST");
        assertThat(arr.get(0).get("watchlist").asText()).isEqualTo("zuwara-broker");
        assertThat(arr.get(0).get("example_post_ids").toString()).isEqualTo("[\"telegram:71\"]");
        assertThat(arr.get(0).get("fired_at").asText()).endsWith("Z");
        assertThat(new ObjectMapper().readTree(tw("alerts", "--json", "--since", "2099-01-01").out())).isEmpty();
        CliRun badSince = tw("alerts", "--since", "last week");
        assertThat(badSince.err().strip()).isEqualTo("tidewatch: --since must be a date (YYYY-MM-DD) or an ISO 8601 instant, not 'last week'");
    }
}
