package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditCommand;
import org.tidewatch.app.audit.AuditFilter;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.core.store.Database;

class UsersCommandTest {
    @TempDir
    Path data;

    private CommandRun users(String... args) {
        return CommandRun.of(new UsersCommand(TestServer.FAST_HASHER), args);
    }

    @Test
    void addPrintsAGeneratedPasswordThatLogsIn() {
        CommandRun r = users("add", "--data", data.toString(), "alice", "--role", "analyst,liaison");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("added user alice (analyst,liaison)\npassword: ");
        String password = r.out().lines().toList().get(1).substring("password: ".length());
        assertThat(password).hasSize(16);
        try (Database db = Database.open(data)) {
            UserStore store = new UserStore(db, TestServer.FAST_HASHER, Clock.systemUTC());
            LoginOutcome outcome = new PasswordLogin(store, SecuritySettings.DEFAULTS, Clock.systemUTC())
                    .attempt("alice", password.toCharArray());
            assertThat(outcome).isInstanceOf(LoginOutcome.Success.class);
            assertThat(((LoginOutcome.Success) outcome).user().roles()).isEqualTo(Set.of(Role.ANALYST, Role.LIAISON));
            assertThat(new AuditLog(db, Clock.systemUTC()).list(new AuditFilter(null, null, AuditAction.ADMIN, 10)))
                    .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("users add alice --role analyst,liaison"));
        }
    }

    @Test
    void listShowsRolesAndState() {
        users("add", "--data", data.toString(), "alice", "--role", "admin");
        users("add", "--data", data.toString(), "bob", "--role", "investigator");
        users("disable", "--data", data.toString(), "bob");
        CommandRun r = users("list", "--data", data.toString());
        assertThat(r.out()).isEqualTo("alice\tadmin\tactive\nbob\tinvestigator\tdisabled\n");
    }

    @Test
    void unknownRoleIsOneLineOnStderrAndExitCode1() {
        CommandRun r = users("add", "--data", data.toString(), "alice", "--role", "sheriff");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tidewatch users add: unknown role 'sheriff' (valid: investigator, analyst,"
                + " liaison, admin)\n");
    }

    @Test
    void duplicateUserIsRefusedNamingIt() {
        users("add", "--data", data.toString(), "alice", "--role", "admin");
        CommandRun r = users("add", "--data", data.toString(), "alice", "--role", "analyst");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tidewatch users add: user 'alice' already exists\n");
    }

    @Test
    void tokenIsPrintedOnceAndCanBeRevokedById() {
        users("add", "--data", data.toString(), "carol", "--role", "investigator");
        CommandRun token = users("token", "--data", data.toString(), "carol");
        assertThat(token.out()).matches("tw_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\n");
        String id = token.out().substring(3, 19);
        assertThat(users("tokens", "--data", data.toString(), "carol").out()).startsWith(id).contains("\tactive\n");
        CommandRun revoke = users("revoke-token", "--data", data.toString(), id);
        assertThat(revoke.out()).isEqualTo("revoked token " + id + "\n");
        assertThat(users("tokens", "--data", data.toString(), "carol").out()).contains("\trevoked ");
        try (Database db = Database.open(data)) {
            UserStore store = new UserStore(db, TestServer.FAST_HASHER, Clock.systemUTC());
            assertThat(store.userForToken(token.out().strip())).isEmpty();
        }
    }

    @Test
    void resetPasswordSetsANewOneAndNamesAnUnknownUser() {
        users("add", "--data", data.toString(), "dave", "--role", "analyst");
        CommandRun r = users("reset-password", "--data", data.toString(), "dave");
        assertThat(r.out()).startsWith("new password set for dave\npassword: ");
        String password = r.out().lines().toList().get(1).substring("password: ".length());
        try (Database db = Database.open(data)) {
            UserStore store = new UserStore(db, TestServer.FAST_HASHER, Clock.systemUTC());
            assertThat(store.hasher().verify(password.toCharArray(), store.passwordHash("dave").orElseThrow())).isTrue();
        }
        assertThat(users("reset-password", "--data", data.toString(), "erin").err())
                .isEqualTo("tidewatch users reset-password: no user 'erin'\n");
    }

    @Test
    void disablingAnUnknownUserNamesIt() {
        CommandRun r = users("disable", "--data", data.toString(), "nobody");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("tidewatch users disable: no user 'nobody'\n");
    }

    @Test
    void auditVerifyPassesThenNamesTheEditedEntry() throws Exception {
        users("add", "--data", data.toString(), "alice", "--role", "admin");
        users("add", "--data", data.toString(), "bob", "--role", "analyst");
        CommandRun ok = CommandRun.of(new AuditCommand(), "verify", "--data", data.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).isEqualTo("audit log intact: 2 entries\n");
        try (Database db = Database.open(data); var c = db.connect(); var st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_log SET target = 'users add bob --role admin' WHERE seq = 2");
        }
        CommandRun broken = CommandRun.of(new AuditCommand(), "verify", "--data", data.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).isEqualTo("audit log broken at entry 2: entry 2 was edited (its hash does not match)\n");
    }

    @Test
    void auditListFiltersByUserAndPrintsJson() {
        users("add", "--data", data.toString(), "alice", "--role", "admin");
        CommandRun text = CommandRun.of(new AuditCommand(), "list", "--data", data.toString());
        assertThat(text.out()).matches("1\t\\S+Z\tcli:\\S+\tadmin\tusers add alice --role admin\t-\n");
        CommandRun none = CommandRun.of(new AuditCommand(), "list", "--data", data.toString(), "--user", "alice");
        assertThat(none.out()).isEmpty();
        CommandRun json = CommandRun.of(new AuditCommand(), "list", "--data", data.toString(), "--json",
                "--since", "2000-01-01");
        assertThat(json.out()).contains("\"seq\" : 1").contains("\"action\" : \"admin\"");
    }
}
