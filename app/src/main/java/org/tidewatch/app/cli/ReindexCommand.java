package org.tidewatch.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidewatch.app.runtime.IndexRebuild;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.crawler.evidence.ReplaySummary;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tidewatch reindex}: rebuilds the index from the evidence alone. */
@Command(name = "reindex", description = "Rebuild the index from the evidence store alone.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TidewatchConfig config = global.loadConfig();
        Path evidenceDir = WarcEvidenceStore.evidenceDir(global.dataDir());
        if (!Files.isDirectory(evidenceDir)) {
            throw new UserFacingException("no evidence store at " + evidenceDir + ": nothing to rebuild from");
        }
        IndexRebuild.Outcome outcome = new IndexRebuild().run(config, global.dataDir());
        ReplaySummary s = outcome.replay();
        var err = spec.commandLine().getErr();
        s.failures().forEach(f -> err.println("tidewatch: unreadable evidence: " + f));
        err.println("tidewatch: reindexed " + outcome.indexed() + " posts from " + s.recordsRead() + " evidence records ("
                + s.superseded() + " older versions superseded)");
        err.flush();
        return s.failures().isEmpty() ? 0 : 1;
    }
}
