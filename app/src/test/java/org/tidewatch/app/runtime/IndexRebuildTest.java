package org.tidewatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.CliRun;
import org.tidewatch.app.config.TidewatchConfig;

class IndexRebuildTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheDataDirectoryFromDeletingTheOldIndexToTheLastCommit() throws Exception {
        Path cfg = dir.resolve("tw.yaml");
        Files.writeString(cfg, "sources: []\n");
        Path data = dir.resolve("data");
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, """
                {"id":"701","platform":"telegram","author":"ch","text":"Boat from Sfax to Lampedusa, 3000 TND, call +216 20 123 456"}
                {"id":"702","platform":"telegram","author":"ch","text":"Quiet sea at the port today"}
                """);
        assertThat(CliRun.withFiles(cfg, data, "ingest", "--in", in.toString()).code()).isZero();
        TidewatchConfig config = TidewatchConfig.load(cfg);
        List<String> seen = new ArrayList<>();

        IndexRebuild.Outcome outcome = new IndexRebuild(() -> {
            seen.add("index present: " + Files.exists(data.resolve("index")));
            // A second process (here: a second open in this one) must be refused while there is no index.
            assertThatThrownBy(() -> Tidewatch.open(config, data, "serve").close())
                    .isInstanceOf(DataDirLock.DataDirBusyException.class)
                    .hasMessageContaining("is in use by another tidewatch process (pid "
                            + ProcessHandle.current().pid() + ", reindex)");
            seen.add("second open refused");
        }).run(config, data);

        assertThat(seen).containsExactly("index present: false", "second open refused");
        assertThat(outcome.indexed()).isEqualTo(2);
        assertThat(outcome.replay().failures()).isEmpty();
        // Released at the end: the directory opens again.
        Tidewatch.open(config, data, "search").close();
    }

    @Test
    void releasesTheLockWhenTheRebuildFailsBeforeOpening() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("evidence"));
        TidewatchConfig config = TidewatchConfig.defaults(dir.resolve("tw.yaml"));

        assertThatThrownBy(() -> new IndexRebuild(() -> {
            throw new IllegalStateException("disk gone");
        }).run(config, data)).hasMessage("disk gone");

        DataDirLock.acquire(data, "serve").close();
    }
}
