package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditEntry;
import org.tidewatch.app.audit.AuditFilter;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.http.ApiServer;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.Role;

class ReportCommandAndApiTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path cfg;
    Path data;

    @BeforeEach
    void ingest() throws Exception {
        cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, "sources: []\n");
        data = dir.resolve("data");
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, """
                {"id":"701","url":"https://t.me/example_ch/701","platform":"telegram","author":"example_ch","published_at":"2026-10-01T10:00:00Z","text":"Departure from Zuwara to Lampedusa on Friday, 4000 euro per person, call +218 91 2345678"}
                {"id":"702","url":"https://t.me/example_ch/702","platform":"telegram","author":"help_desk","published_at":"2026-10-02T10:00:00Z","text":"Boat in distress between Zuwara and Lampedusa? Call Alarm Phone immediately"}
                """);
        assertThat(tw("ingest", "--in", in.toString()).code()).isZero();
    }

    private CliRun tw(String... args) {
        return CliRun.withFiles(cfg, data, args);
    }

    @Test
    void reportCommandWritesThePackageMarksRepeatsAndListsAndExportsEvidence() throws Exception {
        Path out = dir.resolve("r.json");
        CliRun first = tw("report", "--query", "offer:any lampedusa", "--platform", "telegram", "--format", "json", "--out",
                out.toString(), "--notifier-name", "Liaison Unit", "--notifier-email", "liaison@police.example");
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode pkg = JSON.readTree(out.toFile());
        assertThat(pkg.get("items")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:701");
        assertThat(pkg.get("items").get(0).get("sha256").asText()).hasSize(64);
        assertThat(pkg.get("held_back").get(0).get("post_id").asText()).isEqualTo("telegram:702");
        assertThat(pkg.get("held_back").get(0).get("reason").asText()).isEqualTo("sea rescue hotline (rescue: \"alarm phone\")");
        assertThat(first.out()).contains(pkg.get("id").asText() + "  telegram  1 referred, 1 held back");

        CliRun again = tw("report", "--ids", "telegram:701,telegram:702", "--format", "csv", "--out", dir.resolve("r2.csv").toString(),
                "--notifier-name", "Liaison Unit", "--notifier-email", "liaison@police.example");
        assertThat(again.out()).contains("held back telegram:701: already_referred, already referred to telegram in report "
                + pkg.get("id").asText());

        CliRun list = tw("report", "list");
        assertThat(list.out()).startsWith("2 reports").contains(pkg.get("id").asText() + "  telegram  ")
                .contains("1 referred (0 still online, 0 removed, 1 unchecked), 1 held back");

        Path zip = dir.resolve("ev.zip");
        CliRun ev = tw("report", "evidence", pkg.get("id").asText(), "--out", zip.toString());
        assertThat(ev.code()).as(ev.err()).isZero();
        assertThat(ev.out()).startsWith("2 WARC records for 1 items -> " + zip);
        assertThat(EvidenceExportTest.unzip(Files.readAllBytes(zip))).containsKey("report/" + pkg.get("id").asText() + ".pdf");
    }

    @Test
    void configuredLegalBasisAndNotifierAppearInJsonAndPdfWithoutNotifierOptions() throws Exception {
        Files.writeString(cfg, """
                sources: []
                referral:
                  legal_basis: Example Smuggling Act 2026, section 12
                  notifier_name: Example Liaison Desk
                  notifier_email: desk@police.example
                """);
        Path json = dir.resolve("c.json");
        CliRun r = tw("report", "--query", "lampedusa", "--format", "json", "--out", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode pkg = JSON.readTree(json.toFile());
        assertThat(pkg.get("legal_basis").asText()).isEqualTo("Example Smuggling Act 2026, section 12");
        assertThat(pkg.get("dsa_notice").get("notifier_name").asText()).isEqualTo("Example Liaison Desk");
        assertThat(pkg.get("dsa_notice").get("notifier_email").asText()).isEqualTo("desk@police.example");

        Path pdf = dir.resolve("c.pdf");
        CliRun p = tw("report", "--query", "lampedusa", "--re-refer", "--format", "pdf", "--out", pdf.toString(),
                "--notifier-email", "desk2@police.example");
        assertThat(p.code()).as(p.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Example Smuggling Act 2026, section 12").contains("Example Liaison Desk")
                    .contains("desk2@police.example");
        }
    }

    @Test
    void reportWithoutNotifierOptionsOrConfigFailsWithOneLine() {
        CliRun r = tw("report", "--query", "lampedusa", "--out", dir.resolve("n.json").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("tidewatch: the DSA notice needs the notifier's name: give it with the "
                + "report (--notifier-name/--notifier-email, or notifier_name/notifier_email in the request) or set "
                + "referral.notifier_name in the configuration");
        assertThat(Files.exists(dir.resolve("n.json"))).isFalse();
    }

    @Test
    void theRecheckScheduleRunsWhileTheServerRunsAndStopsWithIt() throws Exception {
        try (Tidewatch tw = Tidewatch.open(TidewatchConfig.load(cfg), data, "test")) {
            ReferralApi referrals = new ReferralApi(tw);
            TakedownSchedule schedule;
            try (ApiServer api = ApiServer.start(new ServerSettings("127.0.0.1", 0), tw, List.of(referrals::install))) {
                schedule = referrals.schedule();
                assertThat(schedule).isNotNull();
                assertThat(schedule.isStopped()).isFalse();
            }
            assertThat(schedule.isStopped()).isTrue();
        }
    }

    @Test
    void reportCommandRejectsAnUnknownFormatNamingTheValidOnes() {
        CliRun r = tw("report", "--query", "x", "--format", "docx", "--out", dir.resolve("x").toString(),
                "--notifier-name", "L", "--notifier-email", "l@police.example");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("unknown report format 'docx' (valid: pdf, csv, json)");
    }

    @Test
    void apiBuildsListsAndServesReportsToLiaisonOnlyAndAuditsIt() throws Exception {
        try (Tidewatch tw = Tidewatch.open(TidewatchConfig.load(cfg), data, "test")) {
            tw.users().add("liaison1", Set.of(Role.LIAISON), "correct horse battery".toCharArray());
            tw.users().add("inv1", Set.of(Role.INVESTIGATOR), "correct horse battery".toCharArray());
            String liaison = tw.users().issueToken("liaison1").value();
            String investigator = tw.users().issueToken("inv1").value();
            String id;
            try (ApiServer api = ApiServer.start(new ServerSettings("127.0.0.1", 0), tw, List.of(new ReferralApi(tw)::install))) {
                String base = "http://127.0.0.1:" + api.port();
                String body = "{\"query\":\"lampedusa\",\"notifier_name\":\"Liaison Unit\",\"notifier_email\":\"liaison@police.example\"}";
                assertThat(post(base + "/api/reports", investigator, body).statusCode()).isEqualTo(403);

                HttpResponse<String> created = post(base + "/api/reports", liaison, body);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                id = JSON.readTree(created.body()).get("reports").get(0).get("id").asText();

                HttpResponse<String> bad = post(base + "/api/reports", liaison, "{\"query\":\"x\",\"notifier_name\":\"L\",\"notifier_email\":\"nope\"}");
                assertThat(bad.statusCode()).isEqualTo(400);
                assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("notifier e-mail is not an e-mail address: 'nope'");

                JsonNode list = JSON.readTree(get(base + "/api/reports", liaison).body());
                assertThat(list.get("reports").get(0).get("id").asText()).isEqualTo(id);
                assertThat(list.get("reports").get(0).get("takedown").get("unchecked").asInt()).isEqualTo(1);
                assertThat(list.get("platforms").get(0).get("platform").asText()).isEqualTo("telegram");

                HttpResponse<String> one = get(base + "/api/reports/" + id, liaison);
                assertThat(JSON.readTree(one.body()).get("items").get(0).get("url").asText()).isEqualTo("https://t.me/example_ch/701");
                HttpResponse<String> pdf = get(base + "/api/reports/" + id + "?format=pdf", liaison);
                assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
                assertThat(pdf.body()).startsWith("%PDF-");
                assertThat(get(base + "/api/reports/nope", liaison).statusCode()).isEqualTo(404);
                assertThat(get(base + "/api/reports", investigator).statusCode()).isEqualTo(403);
                HttpResponse<String> page = get(base + "/reports/takedowns", liaison);
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("<tr><td>telegram</td><td>1</td><td>0</td><td>0%</td><td>-</td></tr>");
                assertThat(get(base + "/reports/takedowns", investigator).statusCode()).isEqualTo(403);
            }
            List<AuditEntry> entries = tw.audit().list(AuditFilter.ALL);
            assertThat(entries).anyMatch(e -> e.actor().equals("liaison1") && e.action() == AuditAction.REPORT
                    && e.target().equals(id + " to telegram (query: lampedusa)") && e.results() == 1);
            assertThat(entries).anyMatch(e -> e.actor().equals("liaison1") && e.action() == AuditAction.EXPORT
                    && e.target().equals("report " + id + " as pdf"));
        }
    }

    @Test
    void reportCommandRefersACaseOrTickedPostsAndTakesExactlyOneSelection() throws Exception {
        long caseId;
        try (Tidewatch tw = Tidewatch.open(TidewatchConfig.load(cfg), data, "test")) {
            caseId = new CaseStore(tw.db(), Clock.systemUTC()).add("Zuwara <b>boats</b>", "telegram:701", "", "inv1").id();
        }
        Path out = dir.resolve("case.json");
        CliRun byCase = tw("report", "--case", Long.toString(caseId), "--format", "json", "--out", out.toString(),
                "--notifier-name", "Liaison Unit", "--notifier-email", "liaison@police.example");
        assertThat(byCase.code()).as(byCase.err()).isZero();
        JsonNode pkg = JSON.readTree(out.toFile());
        assertThat(pkg.get("selection").asText()).isEqualTo("case " + caseId + ": Zuwara <b>boats</b>");
        assertThat(pkg.get("items")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:701");

        Path posts = dir.resolve("posts.json");
        CliRun byPosts = tw("report", "--posts", "telegram:702,telegram:701", "--re-refer", "--format", "json", "--out",
                posts.toString(), "--notifier-name", "Liaison Unit", "--notifier-email", "liaison@police.example");
        assertThat(byPosts.code()).as(byPosts.err()).isZero();
        JsonNode pkg2 = JSON.readTree(posts.toFile());
        assertThat(pkg2.get("selection").asText()).isEqualTo("posts: telegram:702, telegram:701");
        assertThat(pkg2.get("items")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:701");
        assertThat(pkg2.get("held_back")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:702");

        CliRun both = tw("report", "--case", Long.toString(caseId), "--query", "lampedusa", "--out", out.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).startsWith("tidewatch: Error: --query=Q, --case=ID are mutually exclusive (specify only one)");
        CliRun none = tw("report", "--out", out.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("tidewatch: give one of --query, --case or --posts");
        CliRun unknownCase = tw("report", "--case", "999", "--out", dir.resolve("u.json").toString(),
                "--notifier-name", "L", "--notifier-email", "l@police.example");
        assertThat(unknownCase.err().strip()).isEqualTo("tidewatch: no case has the id 999");
        assertThat(Files.exists(dir.resolve("u.json"))).isFalse();
    }

    @Test
    void apiRefersACaseOrTickedPostsRejectsBadSelectionsAndIsLiaisonOnly() throws Exception {
        try (Tidewatch tw = Tidewatch.open(TidewatchConfig.load(cfg), data, "test")) {
            tw.users().add("liaison1", Set.of(Role.LIAISON), "correct horse battery".toCharArray());
            tw.users().add("inv1", Set.of(Role.INVESTIGATOR, Role.ANALYST), "correct horse battery".toCharArray());
            String liaison = tw.users().issueToken("liaison1").value();
            String investigator = tw.users().issueToken("inv1").value();
            CaseStore cases = new CaseStore(tw.db(), Clock.systemUTC());
            long caseId = cases.add("Zuwara boats", "telegram:701", "", "inv1").id();
            cases.add("Zuwara boats", "telegram:702", "", "inv1");
            String notifier = ",\"notifier_name\":\"Liaison Unit\",\"notifier_email\":\"liaison@police.example\"}";
            String ticked;
            try (ApiServer api = ApiServer.start(new ServerSettings("127.0.0.1", 0), tw, List.of(new ReferralApi(tw)::install))) {
                String url = "http://127.0.0.1:" + api.port() + "/api/reports";
                String byPosts = "{\"post_ids\":[\"telegram:701\",\"telegram:702\"]" + notifier;
                assertThat(post(url, investigator, byPosts).statusCode()).isEqualTo(403);

                HttpResponse<String> created = post(url, liaison, byPosts);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                JsonNode pkg = JSON.readTree(created.body()).get("reports").get(0);
                ticked = pkg.get("id").asText();
                assertThat(pkg.get("selection").asText()).isEqualTo("posts: telegram:701, telegram:702");
                assertThat(pkg.get("items")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:701");
                assertThat(pkg.get("held_back")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:702");

                HttpResponse<String> byCase = post(url, liaison, "{\"case\":" + caseId + ",\"re_refer\":true" + notifier);
                assertThat(byCase.statusCode()).as(byCase.body()).isEqualTo(201);
                JsonNode casePkg = JSON.readTree(byCase.body()).get("reports").get(0);
                assertThat(casePkg.get("selection").asText()).isEqualTo("case " + caseId + ": Zuwara boats");
                assertThat(casePkg.get("items")).extracting(n -> n.get("post_id").asText()).containsExactly("telegram:701");
                assertThat(post(url, investigator, "{\"case\":" + caseId + notifier).statusCode()).isEqualTo(403);

                assertThat(error(post(url, liaison, "{\"query\":\"lampedusa\",\"case\":" + caseId + notifier)))
                        .isEqualTo("give exactly one of \"query\", \"case\" or \"post_ids\", not 2");
                assertThat(error(post(url, liaison, "{\"platform\":\"telegram\"" + notifier)))
                        .isEqualTo("give exactly one of \"query\", \"case\" or \"post_ids\"");
                assertThat(error(post(url, liaison, "{\"post_ids\":[\"telegram:701\",\"telegram:9\"]" + notifier)))
                        .isEqualTo("unknown post id(s): telegram:9");
                assertThat(error(post(url, liaison, "{\"post_ids\":[]" + notifier)))
                        .isEqualTo("\"post_ids\" must be a non-empty list of post ids (strings), not []");
                assertThat(error(post(url, liaison, "{\"post_ids\":\"telegram:701\"" + notifier)))
                        .isEqualTo("\"post_ids\" must be a non-empty list of post ids (strings), not \"telegram:701\"");
                assertThat(error(post(url, liaison, "{\"case\":999" + notifier))).isEqualTo("no case has the id 999");
                assertThat(error(post(url, liaison, "{\"case\":\"Zuwara boats\"" + notifier)))
                        .isEqualTo("\"case\" must be a case id (a whole number), not \"Zuwara boats\"");
            }
            assertThat(tw.audit().list(AuditFilter.ALL)).anyMatch(e -> e.actor().equals("liaison1") && e.action() == AuditAction.REPORT
                    && e.target().equals(ticked + " to telegram (posts: telegram:701, telegram:702)") && e.results() == 1);
            assertThat(tw.audit().list(AuditFilter.ALL)).anyMatch(e -> e.actor().equals("liaison1") && e.action() == AuditAction.REPORT
                    && e.target().endsWith(" to telegram (case " + caseId + ": Zuwara boats)") && e.results() == 1);
            assertThat(new ReferralStore(tw.db()).list()).hasSize(2);
        }
    }

    private static String error(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("error").asText();
    }

    private static HttpResponse<String> post(String url, String token, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
