package org.tidewatch.app.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.runtime.DataDirLock;
import org.tidewatch.app.runtime.LockedDatabase;
import org.tidewatch.app.cli.GlobalOptions;
import org.tidewatch.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tidewatch users add|list|disable|enable|set-roles|reset-password|token|tokens|revoke-token}: manages users on a data directory
 * (with the server stopped: the database file is locked while it runs). Every change goes to the audit trail as
 * {@code cli:OSUSER}. Errors are one line on stderr and exit code 1.
 */
@Command(name = "users", description = "Manage users, roles and API tokens.", mixinStandardHelpOptions = true)
public final class UsersCommand {
    @Spec
    CommandSpec spec;

    private final PasswordHasher hasher;

    /** The command as registered in the {@code tidewatch} command line. */
    public UsersCommand() {
        this(PasswordHasher.DEFAULT);
    }

    /** With another hasher (tests use a cheap one). */
    UsersCommand(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** One unit of work on the opened stores; returns the exit code. */
    private interface Work {
        int run(UserStore users, AuditLog audit, PrintWriter out) throws IOException;
    }

    private int withStores(GlobalOptions global, String verb, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        try (LockedDatabase data = LockedDatabase.open(global.dataDir(), "users " + verb)) {
            Clock clock = Clock.systemUTC();
            return work.run(new UserStore(data.db(), hasher, clock), new AuditLog(data.db(), clock),
                    spec.commandLine().getOut());
        } catch (IllegalArgumentException | StoreException | IOException | DataDirLock.DataDirBusyException e) {
            err.println("tidewatch users " + verb + ": " + e.getMessage());
            return 1;
        }
    }

    private static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    @Command(name = "add", description = "Add a user; prints a generated password unless --prompt or --password-stdin.")
    int add(@Mixin GlobalOptions global,
            @Parameters(paramLabel = "NAME", description = "User name (a-z, 0-9, . _ -).") String name,
            @Option(names = "--role", required = true, paramLabel = "R[,R]",
                    description = "Roles: investigator, analyst, liaison, admin.") String roles,
            @Option(names = "--prompt", description = "Type the password (twice) instead of generating one.")
            boolean prompt,
            @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
            boolean fromStdin) {
        return withStores(global, "add", (users, audit, out) -> {
            Set<Role> parsed = Role.parseList(roles);
            char[] password = choosePassword(prompt, fromStdin);
            User user = users.add(name, parsed, password);
            audit.record(actor(), AuditAction.ADMIN, "users add " + name + " --role " + Role.format(user.roles()), null);
            out.println("added user " + name + " (" + Role.format(user.roles()) + ")");
            printIfGenerated(out, password, prompt || fromStdin);
            return 0;
        });
    }

    @Command(name = "reset-password", description = "Set a new password (generated unless --prompt or"
            + " --password-stdin) and clear any lock-out.")
    int resetPassword(@Mixin GlobalOptions global, @Parameters(paramLabel = "NAME") String name,
            @Option(names = "--prompt", description = "Type the password (twice).") boolean prompt,
            @Option(names = "--password-stdin", description = "Read the password from the first line of stdin.")
            boolean fromStdin) {
        return withStores(global, "reset-password", (users, audit, out) -> {
            char[] password = choosePassword(prompt, fromStdin);
            users.setPassword(name, password);
            audit.record(actor(), AuditAction.ADMIN, "users reset-password " + name, null);
            out.println("new password set for " + name);
            printIfGenerated(out, password, prompt || fromStdin);
            return 0;
        });
    }

    private static char[] choosePassword(boolean prompt, boolean fromStdin) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
        return prompt ? promptTwice() : Secrets.password(16).toCharArray();
    }

    /** Shows a generated password once; a typed one is never echoed. Then wipes it. */
    private static void printIfGenerated(PrintWriter out, char[] password, boolean typed) {
        if (!typed) {
            out.println("password: " + new String(password));
        }
        Arrays.fill(password, ' ');
    }

    private static char[] promptTwice() {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to prompt on: use --password-stdin or let a password be generated");
        }
        char[] first = console.readPassword("Password (at least 10 characters): ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new IllegalArgumentException("the two passwords differ");
        }
        return first;
    }

    @Command(name = "list", description = "List users, their roles and state.")
    int list(@Mixin GlobalOptions global) {
        return withStores(global, "list", (users, audit, out) -> {
            for (User u : users.list()) {
                String state = u.disabled() ? "disabled" : u.lockedUntil() != null ? "locked until " + u.lockedUntil()
                        : "active";
                out.println(u.name() + "\t" + Role.format(u.roles()) + "\t" + state);
            }
            return 0;
        });
    }

    @Command(name = "disable", description = "Disable a user and revoke their API tokens.")
    int disable(@Mixin GlobalOptions global, @Parameters(paramLabel = "NAME") String name) {
        return withStores(global, "disable", (users, audit, out) -> {
            users.disable(name);
            audit.record(actor(), AuditAction.ADMIN, "users disable " + name, null);
            out.println("disabled user " + name + " and revoked their tokens");
            return 0;
        });
    }

    @Command(name = "enable", description = "Enable a disabled user again and clear any lock-out.")
    int enable(@Mixin GlobalOptions global, @Parameters(paramLabel = "NAME") String name) {
        return withStores(global, "enable", (users, audit, out) -> {
            users.enable(name);
            audit.record(actor(), AuditAction.ADMIN, "users enable " + name, null);
            out.println("enabled user " + name);
            return 0;
        });
    }

    @Command(name = "set-roles", description = "Replace a user's roles; their sessions end.")
    int setRoles(@Mixin GlobalOptions global, @Parameters(paramLabel = "NAME") String name,
            @Option(names = "--role", required = true, paramLabel = "R[,R]",
                    description = "Roles: investigator, analyst, liaison, admin.") String roles) {
        return withStores(global, "set-roles", (users, audit, out) -> {
            Set<Role> parsed = Role.parseList(roles);
            users.setRoles(name, parsed);
            audit.record(actor(), AuditAction.ADMIN, "users set-roles " + name + " --role " + Role.format(parsed), null);
            out.println("user " + name + " now has roles " + Role.format(parsed));
            return 0;
        });
    }

    @Command(name = "token", description = "Print a new API token for a user (shown once).")
    int token(@Mixin GlobalOptions global, @Parameters(paramLabel = "NAME") String name) {
        return withStores(global, "token", (users, audit, out) -> {
            IssuedToken t = users.issueToken(name);
            audit.record(actor(), AuditAction.ADMIN, "users token " + name + " (id " + t.id() + ")", null);
            out.println(t.value());
            return 0;
        });
    }

    @Command(name = "tokens", description = "List a user's token ids and whether they are revoked.")
    int tokens(@Mixin GlobalOptions global, @Parameters(paramLabel = "NAME") String name) {
        return withStores(global, "tokens", (users, audit, out) -> {
            for (ApiToken t : users.tokens(name)) {
                out.println(t.id() + "\tcreated " + t.createdAt() + "\t"
                        + (t.active() ? "active" : "revoked " + t.revokedAt()));
            }
            return 0;
        });
    }

    @Command(name = "revoke-token", description = "Revoke an API token by its id (see 'users tokens NAME').")
    int revokeToken(@Mixin GlobalOptions global, @Parameters(paramLabel = "ID") String id) {
        return withStores(global, "revoke-token", (users, audit, out) -> {
            users.revokeToken(id);
            audit.record(actor(), AuditAction.ADMIN, "users revoke-token " + id, null);
            out.println("revoked token " + id);
            return 0;
        });
    }
}
