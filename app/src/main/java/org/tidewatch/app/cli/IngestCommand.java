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

    @Override
    public Integer call() throws IOException {
        try (BufferedReader reader = ExtractCommand.open(in);
             Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "ingest")) {
            ImportedPosts importer = new ImportedPosts(tw.evidence());
            List<Post> batch = new ArrayList<>();
            int lineNo = 0;
            int rejected = 0;
            int ingested = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ImportedPosts.Result r = importer.read(line, lineNo);
                if (r.error() != null) {
                    rejected++;
                    spec.commandLine().getErr().println("tidewatch: " + in + ":" + lineNo + ": " + r.error());
                    continue;
                }
                batch.add(r.post());
                if (batch.size() >= BATCH) {
                    ingested += tw.pipeline().process(batch).size();
                    batch.clear();
                }
            }
            ingested += tw.pipeline().process(batch).size();
            spec.commandLine().getErr().println("tidewatch: ingested " + ingested + " posts" + (rejected > 0 ? ", rejected " + rejected + " lines" : ""));
            return rejected > 0 ? 1 : 0;
        }
    }
}
