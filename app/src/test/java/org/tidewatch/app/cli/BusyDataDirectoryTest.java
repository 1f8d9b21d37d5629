package org.tidewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;
import org.tidewatch.app.runtime.DataDirLock;

/** The database-only commands refuse a data directory in use with the same one line each. */
class BusyDataDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void usersAuditAndSourcesEachRefuseABusyDirectoryInOneLine() throws Exception {
        Path cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, "sources: []\n");
        Path data = dir.resolve("data");
        String busy = "data directory " + data + " is in use by another tidewatch process (pid "
                + ProcessHandle.current().pid() + ", serve); stop it first or use --data DIR";
        try (DataDirLock serve = DataDirLock.acquire(data, "serve")) {
            CliRun users = CliRun.withFiles(cfg, data, "users", "list");
            assertThat(users.code()).isEqualTo(1);
            assertThat(users.err()).isEqualTo("tidewatch users list: " + busy + System.lineSeparator());

            CliRun audit = CliRun.withFiles(cfg, data, "audit", "verify");
            assertThat(audit.code()).isEqualTo(2);
            assertThat(audit.err()).isEqualTo("tidewatch audit verify: " + busy + System.lineSeparator());

            CliRun sources = CliRun.withFiles(cfg, data, "sources");
            assertThat(sources.code()).isEqualTo(1);
            assertThat(sources.err()).isEqualTo("tidewatch: " + busy
                    + " (a running server shows this at GET /api/sources)" + System.lineSeparator());
        }
    }
}
