package org.tidewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;

class MainTest {
    @TempDir
    Path dir;

    static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void helpListsEveryCommandWithOneLineEach() {
        CliRun r = run("--help");
        assertThat(r.code()).isZero();
        String commands = r.out().substring(r.out().indexOf("Commands:"));
        java.util.List<String> lines = commands.lines().skip(1).filter(l -> !l.isBlank()).toList();
        assertThat(lines).extracting(l -> l.strip().split("\\s+")[0])
                .containsExactly("demo", "serve", "crawl", "ingest", "extract", "search", "sources", "evidence", "reindex", "alerts", "watch", "report", "users", "audit", "test");
        assertThat(lines).allMatch(l -> l.matches("  [a-z]+ +\\S.*"), "one line per command");
    }

    @Test
    void unknownOptionIsOneLineAndAHintWithExitTwo() {
        CliRun r = run("search", "--bogus", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(2);
        assertThat(r.err()).startsWith("tidewatch: Unknown option: '--bogus'").contains("Try 'tidewatch search --help'");
    }

    @Test
    void configErrorIsOneLineOnStderrWithoutStackTrace() throws Exception {
        Path cfg = dir.resolve("bad.yaml");
        Files.writeString(cfg, "sources:\n  - id: a\n    type: rss\n    url: http://x.example/f\n    schedule: nope\n");
        CliRun r = run("crawl", "--once", "--config", cfg.toString(), "--data", dir.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).containsExactly(
                "tidewatch: " + cfg + ": sources[0].schedule: not a valid Quartz cron expression: 'nope' (e.g. '0 */15 * * * ?')");
    }

    @Test
    void testCommandPointsToTheLauncher() {
        CliRun r = run("test");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("tidewatch: run the test suite through the launcher: ./tidewatch test");
    }

    @Test
    void extractWithMissingInputFileIsOneLine() {
        CliRun r = run("extract", "--in", dir.resolve("missing.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("tidewatch: no such file: " + dir.resolve("missing.jsonl"));
    }
}
