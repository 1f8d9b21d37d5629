package org.tidewatch.app.cli;

import java.util.concurrent.Callable;
import org.tidewatch.app.runtime.CrawlReport;
import org.tidewatch.app.runtime.SourceCrawler;
import org.tidewatch.app.runtime.Tidewatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidewatch crawl --once}: every configured source once, then exit. */
@Command(name = "crawl", description = "Collect every enabled source once (--once), then exit.")
public final class CrawlCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--once", required = true, description = "Run every enabled source once and exit (scheduled runs: 'serve').")
    boolean once;

    @Override
    public Integer call() {
        try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "crawl");
             SourceCrawler crawler = SourceCrawler.create(tw)) {
            CrawlReport report = crawler.runAll(tw.config().sources());
            report.print(spec.commandLine().getErr());
            return report.allFailed() ? 1 : 0;
        }
    }
}
