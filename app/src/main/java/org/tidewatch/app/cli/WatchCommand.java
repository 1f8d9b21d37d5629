package org.tidewatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.rules.watch.Watchlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidewatch watch}: watchlists, saved queries matched against every new post. */
@Command(name = "watch", description = "Manage watchlists (watch add NAME \"QUERY\", watch list, watch delete NAME).",
        subcommands = {WatchCommand.Add.class, WatchCommand.ListAll.class, WatchCommand.Delete.class})
public final class WatchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** Adds a watchlist. */
    @Command(name = "add", description = "Add a watchlist: every new post matching QUERY raises a WATCHLIST alert.")
    public static final class Add implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "QUERY", description = "In the search query language, e.g. 'phone:+218912345678'.")
        String query;

        @Option(names = "--target", paramLabel = "SPEC", description = "Where its alerts go: webhook:URL or email:ADDRESS (repeatable).")
        List<String> targets = List.of();

        @Override
        public Integer call() {
            try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "watch add")) {
                Watchlist w;
                try {
                    w = tw.rules().watchlists().add(actor(), name, query, targets);
                } catch (IllegalArgumentException e) {
                    throw new UserFacingException(e.getMessage());
                }
                tw.audit().record(actor(), AuditAction.ADMIN, "watch add " + name + ": " + query, null);
                spec.commandLine().getOut().println("added watchlist " + w.name() + ": " + w.query());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    /** Lists watchlists. */
    @Command(name = "list", description = "List the watchlists.")
    public static final class ListAll implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "watch list")) {
                PrintWriter out = spec.commandLine().getOut();
                List<Watchlist> all = tw.rules().watchlists().list();
                if (all.isEmpty()) {
                    out.println("no watchlists");
                }
                for (Watchlist w : all) {
                    out.println(w.name() + "\t" + w.query() + "\t" + w.owner() + (w.targets().isEmpty() ? "" : "\t" + String.join(",", w.targets())));
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Deletes a watchlist. */
    @Command(name = "delete", description = "Delete a watchlist.")
    public static final class Delete implements Callable<Integer> {
        @Mixin
        GlobalOptions global;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "watch delete")) {
                if (!tw.rules().watchlists().delete(name)) {
                    throw new UserFacingException("no watchlist named '" + name + "'");
                }
                tw.audit().record(actor(), AuditAction.ADMIN, "watch delete " + name, null);
                spec.commandLine().getOut().println("deleted watchlist " + name);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
