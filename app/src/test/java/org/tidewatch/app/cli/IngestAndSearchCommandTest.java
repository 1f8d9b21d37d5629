package org.tidewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;

class IngestAndSearchCommandTest {
    @TempDir
    Path dir;
    Path cfg;
    Path data;

    @BeforeEach
    void setUp() throws Exception {
        cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, "sources: []\n");
        data = dir.resolve("data");
    }

    private CliRun tw(String... args) {
        return CliRun.withFiles(cfg, data, args);
    }

    @Test
    void ingestedPostsAreSearchableAndReingestingDoesNotDuplicate() throws Exception {
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, """
                {"id":"501","url":"https://t.me/example_ch/501","platform":"telegram","author":"example_ch","published_at":"2026-10-01T10:00:00Z","text":"Departure from Zuwara to Lampedusa on Friday, 4000 euro, call +218 91 2345678"}
                {"id":"502","url":"https://t.me/example_ch/502","platform":"telegram","author":"example_ch","published_at":"2026-10-02T10:00:00Z","text":"Weather is calm today at the harbour"}
                """);
        CliRun first = tw("ingest", "--in", in.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.err()).contains("tidewatch: ingested 2 posts");
        tw("ingest", "--in", in.toString());

        CliRun search = tw("search", "--json", "--limit", "10", "lampedusa");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode body = new ObjectMapper().readTree(search.out());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("telegram:501");
        assertThat(hit.get("url").asText()).isEqualTo("https://t.me/example_ch/501");
        assertThat(hit.get("author").asText()).isEqualTo("example_ch");
        assertThat(hit.get("published_at").asText()).isEqualTo("2026-10-01T10:00:00Z");
        assertThat(hit.get("phones").toString()).isEqualTo("[\"+218912345678\"]");

        CliRun all = tw("search", "--json", "offer:any");
        assertThat(new ObjectMapper().readTree(all.out()).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void reindexRebuildsTheSameIndexFromEvidenceAndVerifyCatchesATamperedFile() throws Exception {
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, """
                {"id":"601","platform":"telegram","author":"ch","text":"Boat from Sfax to Lampedusa, 3000 TND, call +216 20 123 456"}
                {"id":"602","platform":"telegram","author":"ch","text":"Trip from Zuwara to Lampedusa 4000 euro +218 91 2345678"}
                {"id":"603","platform":"facebook","author":"x","text":"Nice weather in Tunis today"}
                """);
        assertThat(tw("ingest", "--in", in.toString()).code()).isZero();
        String before = tw("search", "--json", "--limit", "50", "offer:any").out();

        CliRun re = tw("reindex");
        assertThat(re.code()).as(re.err()).isZero();
        assertThat(re.err()).contains("tidewatch: reindexed 3 posts");
        String after = tw("search", "--json", "--limit", "50", "offer:any").out();
        ObjectMapper m = new ObjectMapper();
        assertThat(ids(m.readTree(after))).containsExactlyInAnyOrderElementsOf(ids(m.readTree(before)));
        assertThat(m.readTree(after).get("hits").toString().replaceAll("\"snippet\":\"[^\"]*\"", ""))
                .hasSize(m.readTree(before).get("hits").toString().replaceAll("\"snippet\":\"[^\"]*\"", "").length());

        CliRun ok = tw("evidence", "verify");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("evidence intact");

        Path warc;
        try (var files = Files.list(data.resolve("evidence"))) {
            warc = files.filter(f -> f.getFileName().toString().endsWith(".warc.gz")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(warc);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(warc, bytes);
        CliRun bad = tw("evidence", "verify");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("tidewatch: evidence verification FAILED").contains(warc.getFileName().toString());
    }

    private static java.util.List<String> ids(JsonNode body) {
        java.util.List<String> out = new java.util.ArrayList<>();
        body.get("hits").forEach(h -> out.add(h.get("id").asText() + "|" + h.get("phones") + "|" + h.get("routes")));
        return out;
    }

    @Test
    void badLinesAreReportedWithLineNumbersAndTheRestIsIngested() throws Exception {
        Path in = dir.resolve("mixed.jsonl");
        Files.writeString(in, """
                {"id":"1","platform":"facebook","text":"Boat from Sfax to Lampedusa, 3000 TND"}
                {not json
                {"id":"3","platform":"facebook"}
                {"id":"4","platform":"facebook","text":"hello","published_at":"yesterday"}
                {"id":"5","platform":"facebook","text":"Ferry to Palermo"}
                """);
        CliRun r = tw("ingest", "--in", in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(in + ":2: not JSON")
                .contains(in + ":3: missing field 'text'")
                .contains(in + ":4: published_at is not an ISO 8601 date-time: 'yesterday'")
                .contains("tidewatch: ingested 2 posts, rejected 3 lines");
    }

    @Test
    void syntaxErrorInQueryIsOneLine() {
        CliRun r = tw("search", "(lampedusa");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("tidewatch: ");
    }

    @Test
    void extractWritesOneLinePerInputLineInOrder() throws Exception {
        Path in = dir.resolve("x.jsonl");
        Path out = dir.resolve("y.jsonl");
        Files.writeString(in, """
                {"id":"a","text":"Boat from Zuwara to Lampedusa 4000 euro"}

                {broken
                {"id":"d","text":""}
                """);
        CliRun r = tw("extract", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4);
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(lines.get(0)).get("id").asText()).isEqualTo("a");
        assertThat(m.readTree(lines.get(0)).has("routes")).isTrue();
        assertThat(m.readTree(lines.get(1)).get("error").asText()).isEqualTo("line 2: empty line");
        assertThat(m.readTree(lines.get(2)).get("error").asText()).startsWith("line 3: not JSON");
        assertThat(m.readTree(lines.get(3)).get("id").asText()).isEqualTo("d");
        assertThat(m.readTree(lines.get(3)).get("is_offer").asBoolean()).isFalse();
    }
}
