package org.tidewatch.app.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.cli.GlobalOptions;
import org.tidewatch.app.cli.UserFacingException;
import org.tidewatch.app.runtime.Tidewatch;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidewatch report}: referral packages to platforms, their takedown state and evidence exports. */
@Command(name = "report", description = "Build a referral package per platform from a query, a case or post ids.",
        subcommands = {ReportCommand.ListReports.class, ReportCommand.Check.class, ReportCommand.Evidence.class})
public final class ReportCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Selection selection;

    /** Exactly one of these; not picocli-required, which would also demand it of {@code report list}. */
    static final class Selection {
        @Option(names = "--query", paramLabel = "Q", description = "Select the posts with this query.")
        String query;

        @Option(names = "--case", paramLabel = "ID", description = "Select the posts of this case (its id, see the workbench).")
        Long caseId;

        @Option(names = {"--posts", "--ids"}, split = ",", paramLabel = "ID", description = "Select these post ids.")
        List<String> ids;

        ReferralSelection toSelection() {
            return query != null ? ReferralSelection.ofQuery(query)
                    : caseId != null ? ReferralSelection.ofCase(caseId) : ReferralSelection.ofPosts(ids);
        }
    }

    @Option(names = "--platform", paramLabel = "P", description = "Only this platform (default: one package per platform).")
    String platform;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "json", description = "pdf, csv or json (default json).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write it (required); with several platforms, -PLATFORM is added before the extension.")
    Path out;

    @Option(names = "--re-refer", description = "Include posts already referred to the same platform.")
    boolean reRefer;

    @Option(names = "--notifier-name", paramLabel = "NAME", description = "Notifier's name (DSA Art. 16; default: referral.notifier_name).")
    String notifierName;

    @Option(names = "--notifier-email", paramLabel = "EMAIL", description = "Notifier's e-mail (DSA Art. 16; default: referral.notifier_email).")
    String notifierEmail;

    @Override
    public Integer call() throws IOException {
        if (selection == null) {
            throw new UserFacingException("give one of --query, --case or --posts");
        }
        if (out == null) {
            // Not picocli-required: that would also demand it of `report list` and the other subcommands.
            throw new UserFacingException("report needs --out");
        }
        PackageWriter writer = writer(format);
        String user = cliUser();
        PrintWriter o = spec.commandLine().getOut();
        try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "report")) {
            Referrals referrals = Referrals.over(tw, Clock.systemUTC());
            List<ReferralPackage> packages;
            try {
                packages = referrals.refer(tw, selection.toSelection(), platform, user, reRefer, notifierName, notifierEmail);
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage());
            }
            if (packages.isEmpty()) {
                o.println("no posts matched" + (platform == null ? "" : " on " + platform) + "; nothing written");
                return 0;
            }
            for (ReferralPackage p : packages) {
                Path file = packages.size() == 1 ? out : withSuffix(out, p.platform());
                write(writer, p, file);
                o.println(p.id() + "  " + p.platform() + "  " + p.items().size() + " referred, " + p.excluded().size()
                        + " held back  -> " + file);
                for (Exclusion x : p.excluded()) {
                    o.println("  held back " + x.postId() + ": " + x.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + x.reason());
                }
            }
        }
        o.flush();
        return 0;
    }

    static PackageWriter writer(String format) {
        try {
            return PackageWriter.forFormat(format);
        } catch (IllegalArgumentException | PdfFonts.MissingFontsException e) {
            throw new UserFacingException(e.getMessage());
        }
    }

    static void write(PackageWriter writer, ReferralPackage p, Path file) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        writer.write(p, buf);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.write(file, buf.toByteArray());
    }

    static Path withSuffix(Path file, String platform) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String safe = platform.replaceAll("[^A-Za-z0-9_-]", "_");
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + safe + name.substring(dot) : name + "-" + safe;
        return file.resolveSibling(renamed);
    }

    static String cliUser() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** {@code tidewatch report list}. */
    @Command(name = "list", description = "List the referral reports with how many items are still online.")
    static final class ListReports implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "report list")) {
                Referrals r = Referrals.over(tw, Clock.systemUTC());
                List<ReferralStore.Summary> all = r.store().list();
                o.println(all.size() + (all.size() == 1 ? " report" : " reports"));
                for (ReferralStore.Summary s : all) {
                    TakedownStats.ReportStatus st = r.store().find(s.id()).map(r.stats()::forReport).orElseThrow();
                    o.println(s.id() + "  " + s.platform() + "  " + s.createdAt() + "  by " + s.author() + "  "
                            + s.items() + " referred (" + st.online() + " still online, " + st.removed() + " removed, "
                            + st.unchecked() + " unchecked), " + s.heldBack() + " held back");
                }
                for (TakedownStats.PlatformStatus p : r.stats().perPlatform()) {
                    o.println("platform " + p.platform() + ": " + p.removed() + "/" + p.referred() + " removed ("
                            + Math.round(p.removalRate() * 100) + "%), median time to removal "
                            + p.medianToRemoval().map(d -> d.toHours() + "h " + d.toMinutesPart() + "m").orElse("-"));
                }
                tw.audit().record(cliUser(), AuditAction.REPORT, "list reports", all.size());
            }
            o.flush();
            return 0;
        }
    }

    /** {@code tidewatch report check}. */
    @Command(name = "check", description = "Re-check every referred URL now (online, removed 404/410, error).")
    static final class Check implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "report check")) {
                TakedownTracker.Round r = Referrals.over(tw, Clock.systemUTC()).tracker().checkAll();
                tw.audit().record(cliUser(), AuditAction.REPORT, "takedown re-check: " + r, r.checked());
                spec.commandLine().getOut().println(r.checked() + " checked: " + r.online() + " online, " + r.removed()
                        + " removed, " + r.errors() + " errors; " + r.skipped() + " already removed");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** {@code tidewatch report evidence ID --out FILE.zip}. */
    @Command(name = "evidence", description = "Export a report's WARC records, manifest and README as a zip.")
    static final class Evidence implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The report id (see report list).")
        String id;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The zip to write.")
        Path out;

        @Override
        public Integer call() throws IOException {
            try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "report evidence")) {
                Referrals r = Referrals.over(tw, Clock.systemUTC());
                ReferralPackage p = r.store().find(id).orElseThrow(() -> new UserFacingException("no report " + id
                        + " (see tidewatch report list)"));
                byte[] pdf = null;
                try {
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    new PackagePdf(PdfFonts.locate(PdfFonts.SYSTEM_FONT_DIR)).write(p, buf);
                    pdf = buf.toByteArray();
                } catch (PdfFonts.MissingFontsException e) {
                    spec.commandLine().getErr().println("tidewatch: no PDF in the export: " + e.getMessage());
                }
                EvidenceExport.Result res;
                try (OutputStream os = Files.newOutputStream(out)) {
                    res = r.evidenceExport().export(p, pdf, os);
                }
                tw.audit().record(cliUser(), AuditAction.EXPORT, "evidence of report " + p.id() + " to " + out, res.records());
                spec.commandLine().getOut().println(res.records() + " WARC records for " + res.items() + " items -> " + out
                        + (res.missing().isEmpty() ? "" : "; missing: " + String.join("; ", res.missing())));
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
