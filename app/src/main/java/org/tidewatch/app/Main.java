package org.tidewatch.app;

import java.io.PrintWriter;
import org.tidewatch.app.audit.AuditCommand;
import org.tidewatch.app.cli.AlertsCommand;
import org.tidewatch.app.cli.CrawlCommand;
import org.tidewatch.app.cli.WatchCommand;
import org.tidewatch.app.referral.ReportCommand;
import org.tidewatch.app.security.UsersCommand;
import org.tidewatch.app.cli.DemoCommand;
import org.tidewatch.app.cli.EvidenceCommand;
import org.tidewatch.app.cli.ExtractCommand;
import org.tidewatch.app.cli.ReindexCommand;
import org.tidewatch.app.cli.SourcesCommand;
import org.tidewatch.app.cli.IngestCommand;
import org.tidewatch.app.cli.SearchCommand;
import org.tidewatch.app.cli.ServeCommand;
import org.tidewatch.app.cli.TestCommand;
import org.tidewatch.app.cli.UserFacingException;
import org.tidewatch.app.runtime.DataDirLock;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.store.StoreException;
import org.tidewatch.index.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code tidewatch} command. */
@Command(name = "tidewatch", mixinStandardHelpOptions = true, version = "tidewatch 0.1.0",
        description = "Watches public social media and adverts for migrant-smuggling offers.",
        subcommands = {DemoCommand.class, ServeCommand.class, CrawlCommand.class, IngestCommand.class,
                ExtractCommand.class, SearchCommand.class, SourcesCommand.class, EvidenceCommand.class,
                ReindexCommand.class, AlertsCommand.class, WatchCommand.class, ReportCommand.class, UsersCommand.class,
                AuditCommand.class, TestCommand.class},
        commandListHeading = "%nCommands:%n", synopsisSubcommandLabel = "COMMAND", usageHelpWidth = 100)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        quietJavaUtilLogging();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Lucene and others log through java.util.logging; their INFO notices are not for the person at the terminal. */
    private static void quietJavaUtilLogging() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.WARNING);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** Runs the command line and returns the exit code (tests call this directly). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured command line: one-line errors, no usage dump after a runtime error. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("tidewatch: " + ex.getMessage());
            err.println("Try 'tidewatch " + subcommandPath(ex.getCommandLine()) + "--help' for usage.");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("tidewatch: " + userMessage(ex));
            if (!isExpected(ex)) {
                // Unexpected failures still go to the log with their trace, but not onto the user's terminal.
                org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", ex);
            }
            return 1;
        });
        return cli;
    }

    private static String subcommandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    private static boolean isExpected(Exception ex) {
        return ex instanceof UserFacingException || ex instanceof ConfigException || ex instanceof StoreException
                || ex instanceof DataDirLock.DataDirBusyException || ex instanceof QuerySyntaxException
                || ex instanceof org.tidewatch.index.IndexSchemaException
                || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException;
    }

    static String userMessage(Exception ex) {
        if (isExpected(ex) && ex.getMessage() != null) {
            return ex.getMessage().lines().findFirst().orElse(ex.toString());
        }
        return "unexpected error: " + ex + " (please report it)";
    }
}
