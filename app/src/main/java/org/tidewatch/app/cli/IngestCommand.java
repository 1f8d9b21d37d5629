package org.tidewatch.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidewatch.app.ingest.ImportedPosts;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.core.Post;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidewatch ingest}: imports posts handed over as JSON lines through the whole pipeline. */
@Command(name = "ingest", description = "Import posts from a JSON-lines file through the pipeline.")
public final class IngestCommand implements Callable<Integer> {
    private static final int BATCH = 500;

    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE",
            description = "{\"id\",\"url\",\"platform\",\"author\",\"published_at\",\"text\"} per line; - for stdin.")
    String in;

    /** Running totals of one ingest. */
    private static final class Counts {
        int lineNo;
        int rejected;
        int ingested;
        IOException failure;
    }

    /** Reads up to one batch of posts, storing each as evidence; rejected lines are reported and counted. */
    private List<Post> readBatch(BufferedReader reader, ImportedPosts importer, Counts counts) {
        List<Post> batch = new ArrayList<>();
        try {
            String line;
            while (batch.size() < BATCH && (line = reader.readLine()) != null) {
                counts.lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ImportedPosts.Result r = importer.read(line, counts.lineNo);
                if (r.error() != null) {
                    counts.rejected++;
                    spec.commandLine().getErr().println("tidewatch: " + in + ":" + counts.lineNo + ": " + r.error());
                } else {
                    batch.add(r.post());
                }
            }
        } catch (IOException e) {
            counts.failure = e;
        }
        return batch;
    }

    @Override
    public Integer call() throws IOException {
        try (BufferedReader reader = ExtractCommand.open(in);
             Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "ingest")) {
            ImportedPosts importer = new ImportedPosts(tw.evidence());
            Counts counts = new Counts();
            List<Post> batch;
            // Each batch is on disk as evidence (one sync for the whole batch) before the pipeline sees it.
            while (!(batch = tw.evidence().inOneSync(() -> readBatch(reader, importer, counts))).isEmpty()) {
                counts.ingested += tw.pipeline().process(batch).size();
            }
            if (counts.failure != null) {
                throw counts.failure;
            }
            int rejected = counts.rejected;
            spec.commandLine().getErr().println("tidewatch: ingested " + counts.ingested + " posts"
                    + (rejected > 0 ? ", rejected " + rejected + " lines" : ""));
            return rejected > 0 ? 1 : 0;
        }
    }
}
