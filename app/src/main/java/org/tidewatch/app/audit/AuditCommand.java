package org.tidewatch.app.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import org.tidewatch.app.cli.GlobalOptions;
import org.tidewatch.app.runtime.DataDirLock;
import org.tidewatch.app.runtime.LockedDatabase;
import org.tidewatch.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidewatch audit verify|list}: checks and reads the audit trail of a data directory. */
@Command(name = "audit", description = "Check and read the audit trail.", mixinStandardHelpOptions = true)
public final class AuditCommand {
    @Spec
    CommandSpec spec;

    @Command(name = "verify", description = "Check the hash chain; exit 1 naming the first edited or removed entry.")
    int verify(@Mixin GlobalOptions global) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LockedDatabase data = LockedDatabase.open(global.dataDir(), "audit verify")) {
            ChainCheck check = new AuditLog(data.db(), Clock.systemUTC()).verify();
            if (check.intact()) {
                out.println("audit log intact: " + check.checked() + " entries");
                return 0;
            }
            ChainBreak b = check.firstBreak().orElseThrow();
            err.println("audit log broken at entry " + b.seq() + ": " + b.problem());
            return 1;
        } catch (StoreException | DataDirLock.DataDirBusyException e) {
            err.println("tidewatch audit verify: " + e.getMessage());
            return 2;
        }
    }

    @Command(name = "list", description = "Print audit entries, oldest first.")
    int list(@Mixin GlobalOptions global,
            @Option(names = "--user", paramLabel = "NAME", description = "Only entries by this actor.") String user,
            @Option(names = "--since", paramLabel = "DATE", description = "From this date (2026-11-01) or instant.")
            String since,
            @Option(names = "--action", paramLabel = "ACTION", description = "Only this action (search, view, ...).")
            String action,
            @Option(names = "--limit", defaultValue = "1000", description = "Newest N entries (default 1000).") int limit,
            @Option(names = "--json", description = "One JSON array instead of text lines.") boolean json) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LockedDatabase data = LockedDatabase.open(global.dataDir(), "audit list")) {
            AuditFilter filter = new AuditFilter(user, AuditTimes.parseSince(since),
                    action == null ? null : AuditAction.parse(action), limit);
            List<AuditEntry> entries = new AuditLog(data.db(), Clock.systemUTC()).list(filter);
            if (json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(entries.stream().map(AuditEntry::toJson).toList()));
            } else {
                for (AuditEntry e : entries) {
                    out.println(e.seq() + "\t" + e.at() + "\t" + e.actor() + "\t" + e.action().id() + "\t"
                            + oneLine(e.target()) + "\t" + (e.results() == null ? "-" : e.results()));
                }
            }
            return 0;
        } catch (IllegalArgumentException | StoreException | JsonProcessingException | DataDirLock.DataDirBusyException e) {
            err.println("tidewatch audit list: " + e.getMessage());
            return 2;
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
