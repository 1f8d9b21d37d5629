package org.tidewatch.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.Post;

/** Kills a real writer process with SIGKILL mid-stream, twice, and checks that every acknowledged post survives once. */
class KillNineTest {
    @TempDir
    Path dir;

    @Test
    void losesNoAcknowledgedPostAndDuplicatesNoneAfterKillNine() throws Exception {
        Map<String, String> acknowledged = new HashMap<>();
        for (String run : List.of("first", "second")) {
            acknowledged.putAll(runAndKill(run, 8));
        }
        List<String> notes;
        try (WarcEvidenceStore store = WarcEvidenceStore.openDirectory(dir, 16 * 1024, Clock.systemUTC())) {
            notes = store.recoveryNotes();
        }
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("sealed after a crash"));

        VerifyReport report = new EvidenceVerifier(dir).verify();
        assertThat(report.problems()).isEmpty();

        List<Post> replayed = new ArrayList<>();
        new EvidenceReplay(dir).replay(replayed::add);
        Map<String, Post> byId = new HashMap<>();
        replayed.forEach(p -> assertThat(byId.put(p.id(), p)).as("post %s replayed once", p.id()).isNull());
        acknowledged.forEach((id, recordId) -> {
            assertThat(byId).containsKey(id);
            assertThat(byId.get(id).evidence().recordId()).isEqualTo(recordId);
        });
    }

    /** Starts a writer, waits for {@code acks} acknowledgements, kills it with SIGKILL, returns every post it acknowledged. */
    private Map<String, String> runAndKill(String run, int acks) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EvidenceWriterProcess.class.getName(), dir.toString(), run)
                .redirectError(dir.resolveSibling(dir.getFileName() + "-" + run + ".err").toFile())
                .start();
        Map<String, String> acked = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acked.size() < acks && (line = out.readLine()) != null) {
                record(line, acked);
            }
            // SIGKILL on Unix: no shutdown hook, no close, no flush. Through the handle, so our end of the pipe stays open.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            while ((line = out.readLine()) != null) {
                record(line, acked); // printed before the kill, still in the pipe
            }
        }
        assertThat(acked).as("acknowledgements from run %s", run).hasSizeGreaterThanOrEqualTo(acks);
        return acked;
    }

    private static void record(String line, Map<String, String> acked) {
        String[] f = line.split(" ");
        if (f.length == 4 && f[0].equals("ACK")) {
            acked.put(f[1], f[3]);
        }
    }
}
