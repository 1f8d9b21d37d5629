package org.tidewatch.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;

/** Real child processes: kill -9 in the middle of an ingest, and a server driven over HTTP and stopped by a signal. */
class CrashAndServeTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void killedIngestLosesAndDuplicatesNothingWhenRunAgain() throws Exception {
        Path cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, "sources: []\n");
        Path in = dir.resolve("posts.jsonl");
        int n = 2500;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":\"").append(i).append("\",\"platform\":\"facebook\",\"author\":\"a").append(i % 50)
                    .append("\",\"text\":\"Boat trip number ").append(i).append(" from Sfax to Lampedusa, 3000 TND\"}\n");
        }
        Files.writeString(in, sb);
        Path data = dir.resolve("data");
        try (ChildProcess child = ChildProcess.start(dir, "ingest", "--in", in.toString(), "--config", cfg.toString(), "--data", data.toString())) {
            // Wait until the first batches are in the evidence store, then kill without warning.
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && !evidenceHasRecords(data)) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            child.killHard();
        }
        CliRun again = CliRun.run("ingest", "--in", in.toString(), "--config", cfg.toString(), "--data", data.toString());
        assertThat(again.code()).as(again.err()).isZero();
        CliRun search = CliRun.run("search", "--json", "--limit", "1000", "--config", cfg.toString(), "--data", data.toString(), "offer:any");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode body = json.readTree(search.out());
        assertThat(body.get("total").asLong()).isEqualTo(n);
        Set<String> ids = new HashSet<>();
        body.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).hasSize(1000);
    }

    private static boolean evidenceHasRecords(Path data) throws java.io.IOException {
        Path ev = data.resolve("evidence");
        if (!Files.isDirectory(ev)) {
            return false;
        }
        try (var files = Files.list(ev)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".warc.gz") && f.toFile().length() > 20_000);
        }
    }

    @Test
    void serverShowsSourceHealthReloadsConfigAndStopsCleanlyOnSigterm() throws Exception {
        Path cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, """
                server: {port: 0}
                sources:
                  - id: dead-feed
                    type: rss
                    url: http://127.0.0.1:9/feed.xml
                    schedule: "0 0 3 * * ?"
                """);
        Path data = dir.resolve("data");
        CliRun add = CliRun.run("users", "add", "--config", cfg.toString(), "--data", data.toString(), "root", "--role", "admin");
        assertThat(add.code()).as(add.err()).isZero();
        CliRun tok = CliRun.run("users", "token", "--config", cfg.toString(), "--data", data.toString(), "root");
        assertThat(tok.code()).as(tok.err()).isZero();
        token = tok.out().lines().filter(l -> l.startsWith("tw_")).findFirst().orElse(tok.out().strip());
        try (ChildProcess serve = ChildProcess.start(dir, "serve", "--config", cfg.toString(), "--data", data.toString())) {
            String line = serve.awaitLine("running on http://", 90);
            String base = line.substring(line.indexOf("http://"), line.indexOf("/ (")).strip();

            JsonNode sources = waitForRun(base);
            assertThat(sources.get(0).get("id").asText()).isEqualTo("dead-feed");
            assertThat(sources.get(0).get("status").asText()).isEqualTo("failing");
            assertThat(sources.get(0).get("last_error").asText()).isNotBlank();

            // A second process on the same data directory is refused with one line.
            CliRun ingest = CliRun.run("ingest", "--in", cfg.toString(), "--config", cfg.toString(), "--data", data.toString());
            assertThat(ingest.code()).isEqualTo(1);
            assertThat(ingest.err().strip()).startsWith("tidewatch: data directory " + data + " is in use by another tidewatch process (pid ")
                    .endsWith(", serve); stop it first or use --data DIR");

            Files.writeString(cfg, Files.readString(cfg) + """
                      - id: second-feed
                        type: rss
                        url: http://127.0.0.1:9/other.xml
                        schedule: "0 0 4 * * ?"
                    """);
            HttpResponse<String> reload = post(base + "/api/admin/reload");
            assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
            assertThat(json.readTree(reload.body()).get("added").toString()).isEqualTo("[\"second-feed\"]");
            assertThat(json.readTree(get(base + "/api/sources").body()).size()).isEqualTo(2);

            Files.writeString(cfg, "sources: [{id: broken}]\n");
            HttpResponse<String> bad = post(base + "/api/admin/reload");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json.readTree(bad.body()).get("error").asText()).isEqualTo(cfg + ": sources[0].type: is required (one of telegram, html, rss, mastodon)");
            assertThat(json.readTree(get(base + "/api/sources").body()).size()).isEqualTo(2);

            serve.process().destroy(); // SIGTERM, as Ctrl-C would
            assertThat(serve.waitFor(60)).isIn(0, 143);
            assertThat(serve.stderr()).doesNotContain("Exception");
        }
    }

    private JsonNode waitForRun(String base) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode sources = null;
        while (System.currentTimeMillis() < deadline) {
            sources = json.readTree(get(base + "/api/sources").body());
            if (!sources.get(0).get("status").asText().equals("never_run")) {
                return sources;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("source never ran: " + sources);
    }

    private String token;

    private HttpResponse<String> get(String url) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpResponse<String> post(String url) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
