package org.tidewatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.ingest.ImportedPosts;
import org.tidewatch.app.runtime.DataDirLock;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.core.Post;
import org.tidewatch.crawler.evidence.EvidenceReplay;
import org.tidewatch.crawler.evidence.ReplaySummary;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tidewatch reindex}: rebuilds the index from the evidence alone. */
@Command(name = "reindex", description = "Rebuild the index from the evidence store alone.")
public final class ReindexCommand implements Callable<Integer> {
    private static final int BATCH = 500;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TidewatchConfig config = global.loadConfig();
        Path evidenceDir = WarcEvidenceStore.evidenceDir(global.dataDir());
        if (!Files.isDirectory(evidenceDir)) {
            throw new UserFacingException("no evidence store at " + evidenceDir + ": nothing to rebuild from");
        }
        // The old index goes first: what is rebuilt must come from the evidence alone. An interrupted reindex is
        // simply run again.
        try (DataDirLock lock = DataDirLock.acquire(global.dataDir(), "reindex")) {
            deleteTree(global.dataDir().resolve("index"));
        }
        try (Tidewatch tw = Tidewatch.open(config, global.dataDir(), "reindex")) {
            List<Post> batch = new ArrayList<>();
            long[] indexed = {0};
            ReplaySummary s = new EvidenceReplay(evidenceDir, ImportedPosts.decoder()).replay(p -> {
                batch.add(p);
                if (batch.size() >= BATCH) {
                    indexed[0] += tw.pipeline().reindex(batch).size();
                    batch.clear();
                }
            });
            indexed[0] += tw.pipeline().reindex(batch).size();
            var err = spec.commandLine().getErr();
            s.failures().forEach(f -> err.println("tidewatch: unreadable evidence: " + f));
            err.println("tidewatch: reindexed " + indexed[0] + " posts from " + s.recordsRead() + " evidence records ("
                    + s.superseded() + " older versions superseded)");
            err.flush();
            return s.failures().isEmpty() ? 0 : 1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
