package org.tidewatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.tidewatch.crawler.evidence.EvidenceVerifier;
import org.tidewatch.crawler.evidence.VerifyProblem;
import org.tidewatch.crawler.evidence.VerifyReport;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tidewatch evidence verify}: proves the evidence store is intact. */
@Command(name = "evidence", description = "Check the evidence store (evidence verify).",
        subcommands = {EvidenceCommand.Verify.class})
public final class EvidenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Re-reads every WARC file and checks every digest and the manifest chain. */
    @Command(name = "verify", description = "Re-read every WARC file, check every record's digests and the manifest chain.")
    public static final class Verify implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            // Read-only: it runs beside a live server (the file being written is reported as a note, not checked).
            var dir = WarcEvidenceStore.evidenceDir(global.dataDir());
            if (!Files.isDirectory(dir)) {
                throw new UserFacingException("no evidence store at " + dir);
            }
            VerifyReport r = new EvidenceVerifier(dir).verify();
            PrintWriter out = spec.commandLine().getOut();
            r.describe().forEach(out::println);
            out.flush();
            PrintWriter err = spec.commandLine().getErr();
            if (!r.ok()) {
                VerifyProblem first = r.problems().get(0);
                err.println("tidewatch: evidence verification FAILED: " + r.problems().size() + " mismatches, first in "
                        + first.file() + " record " + first.recordId() + ": " + first.message());
                err.flush();
                return 1;
            }
            return 0;
        }
    }
}
