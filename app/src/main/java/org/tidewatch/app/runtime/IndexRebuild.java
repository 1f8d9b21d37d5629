package org.tidewatch.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.ingest.ImportedPosts;
import org.tidewatch.core.Post;
import org.tidewatch.crawler.evidence.EvidenceReplay;
import org.tidewatch.crawler.evidence.ReplaySummary;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;

/**
 * Rebuilds a data directory's index from its evidence store alone. The data-directory lock is taken before the old
 * index is deleted and kept until the new one is committed, so no other process can open the directory while it
 * has no index or half of one.
 */
public final class IndexRebuild {
    private static final int BATCH = 500;

    private final Runnable afterIndexDeleted;

    /** A rebuild with no hooks. */
    public IndexRebuild() {
        this(() -> { });
    }

    /** With a step run once the old index is gone and before the new one is opened (tests look in there). */
    IndexRebuild(Runnable afterIndexDeleted) {
        this.afterIndexDeleted = afterIndexDeleted;
    }

    /**
     * What a rebuild did.
     *
     * @param indexed posts written to the new index
     * @param replay  what reading the evidence found, unreadable records included
     */
    public record Outcome(long indexed, ReplaySummary replay) {
    }

    /**
     * Deletes the index of {@code dataDir} and fills a new one from its evidence. Throws
     * {@link DataDirLock.DataDirBusyException} when another process holds the directory, before anything is deleted.
     */
    public Outcome run(TidewatchConfig config, Path dataDir) {
        DataDirLock lock = DataDirLock.acquire(dataDir, "reindex");
        try {
            // The old index goes first: what is rebuilt must come from the evidence alone. An interrupted rebuild is
            // simply run again.
            deleteTree(dataDir.resolve("index"));
            afterIndexDeleted.run();
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
        try (Tidewatch tw = Tidewatch.openLocked(config, dataDir, lock)) {
            List<Post> batch = new ArrayList<>();
            long[] indexed = {0};
            ReplaySummary summary = new EvidenceReplay(WarcEvidenceStore.evidenceDir(dataDir), ImportedPosts.decoder())
                    .replay(p -> {
                        batch.add(p);
                        if (batch.size() >= BATCH) {
                            indexed[0] += tw.pipeline().reindex(batch).size();
                            batch.clear();
                        }
                    });
            indexed[0] += tw.pipeline().reindex(batch).size();
            return new Outcome(indexed[0], summary);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the old index in " + dir + ": " + e.getMessage(), e);
        }
    }
}
