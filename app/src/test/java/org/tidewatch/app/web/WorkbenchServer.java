package org.tidewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidewatch.app.CliRun;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.http.ApiServer;
import org.tidewatch.app.referral.ReferralApi;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.Role;

/**
 * A server over the fixture posts ({@code web/posts.jsonl}, ingested through the CLI) with one user per role, shared
 * by the test classes of this package (starting it is the slow part); it stops when the test JVM exits.
 */
final class WorkbenchServer implements AutoCloseable {
    private static WorkbenchServer shared;

    /** The shared server, started on first use. */
    static synchronized WorkbenchServer shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("tidewatch-workbench");
            shared = new WorkbenchServer(dir);
            WorkbenchServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteTree(dir);
            }, "workbench-test-server"));
        }
        return shared;
    }

    static final String PASSWORD = "a long test password";
    static final Map<String, Set<Role>> USERS = Map.of(
            "ina", Set.of(Role.INVESTIGATOR), "ana", Set.of(Role.ANALYST), "lia", Set.of(Role.LIAISON), "adam", Set.of(Role.ADMIN),
            "lisa", Set.of(Role.INVESTIGATOR, Role.LIAISON));

    final Tidewatch tw;
    final ApiServer api;

    WorkbenchServer(Path dir) throws Exception {
        Path cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, """
                sources: []
                referral:
                  notifier_name: Example Liaison Desk
                  notifier_email: desk@police.example
                """);
        Path data = dir.resolve("data");
        Path in = dir.resolve("posts.jsonl");
        try (InputStream fixture = WorkbenchServer.class.getResourceAsStream("/web/posts.jsonl")) {
            Files.copy(fixture, in);
        }
        CliRun ingest = CliRun.run("ingest", "--in", in.toString(), "--config", cfg.toString(), "--data", data.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        tw = Tidewatch.open(TidewatchConfig.load(cfg), data, "test");
        USERS.forEach((name, roles) -> tw.users().add(name, roles, PASSWORD.toCharArray()));
        ReferralApi referrals = new ReferralApi(tw);
        api = ApiServer.start(new ServerSettings("127.0.0.1", 0), tw,
                List.of(referrals::install, new ReportPages(tw, referrals.referrals())::install));
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp directory left behind is harmless; the JVM is exiting anyway
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + api.port() + path;
    }

    @Override
    public void close() {
        api.close();
        tw.close();
    }
}
