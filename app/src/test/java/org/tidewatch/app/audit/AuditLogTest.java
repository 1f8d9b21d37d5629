package org.tidewatch.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.time.MutableClock;
import org.tidewatch.core.store.Database;

class AuditLogTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
    private Database db;
    private AuditLog log;

    @BeforeEach
    void open() {
        db = Database.inMemory("audit-" + UUID.randomUUID());
        log = new AuditLog(db, clock);
        log.record("investigator", AuditAction.SEARCH, "route:Zuwara->Lampedusa", 12);
        clock.advance(Duration.ofMinutes(1));
        log.record("investigator", AuditAction.VIEW, "post telegram:123", null);
        clock.advance(Duration.ofMinutes(1));
        log.record("liaison", AuditAction.REPORT, "report 7 to telegram", 3);
        clock.advance(Duration.ofMinutes(1));
        log.record("admin", AuditAction.ADMIN, "users add analyst2 --role analyst", null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void untouchedChainIsIntact() {
        ChainCheck check = log.verify();
        assertThat(check.intact()).isTrue();
        assertThat(check.checked()).isEqualTo(4);
    }

    @Test
    void entriesChainEachToThePreviousHash() {
        var entries = log.list(AuditFilter.ALL);
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
    }

    @Test
    void editedTargetIsFoundAtItsEntry() throws SQLException {
        sql("UPDATE audit_log SET target = 'route:Izmir->Lesbos' WHERE seq = 1");
        assertThat(log.verify().firstBreak()).hasValue(new ChainBreak(1, "entry 1 was edited (its hash does not match)"));
    }

    @Test
    void editedResultCountIsFound() throws SQLException {
        sql("UPDATE audit_log SET results = 0 WHERE seq = 3");
        assertThat(log.verify().firstBreak().orElseThrow().seq()).isEqualTo(3);
    }

    @Test
    void editWithARecomputedHashIsFoundAtTheNextEntry() throws SQLException {
        String forged = ChainHash.of(log.list(AuditFilter.ALL).get(0).hash(), 2, clock.millis(), "someone-else",
                "view", "post telegram:123", null);
        sql("UPDATE audit_log SET actor = 'someone-else', at_ms = " + clock.millis() + ", hash = '" + forged
                + "' WHERE seq = 2");
        assertThat(log.verify().firstBreak()).hasValue(new ChainBreak(3,
                "entry 3 does not follow entry 2 (one of them was edited or replaced)"));
    }

    @Test
    void removedEntryIsFound() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq = 2");
        ChainCheck check = log.verify();
        assertThat(check.firstBreak()).hasValue(new ChainBreak(2, "entry 2 is missing (removed)"));
        assertThat(check.checked()).isEqualTo(1);
    }

    @Test
    void removedLastEntriesAreFound() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq >= 3");
        assertThat(log.verify().firstBreak()).hasValue(new ChainBreak(3,
                "the log ends at entry 2 but entry 4 was written (entries 3 to 4 removed)"));
    }

    @Test
    void appendingAfterAVerifiedChainKeepsItIntact() {
        log.record("analyst", AuditAction.SEARCH, "phone:+218912345678", 2);
        assertThat(log.verify().checked()).isEqualTo(5);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void listFiltersByUserSinceAndAction() {
        assertThat(log.list(new AuditFilter("investigator", null, null, 100)))
                .extracting(AuditEntry::action).containsExactly(AuditAction.SEARCH, AuditAction.VIEW);
        assertThat(log.list(new AuditFilter(null, Instant.parse("2026-11-20T09:02:00Z"), null, 100)))
                .extracting(AuditEntry::actor).containsExactly("liaison", "admin");
        assertThat(log.list(new AuditFilter(null, null, AuditAction.REPORT, 100)))
                .singleElement().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("report 7 to telegram");
                    assertThat(e.results()).isEqualTo(3);
                    assertThat(e.at()).isEqualTo(Instant.parse("2026-11-20T09:02:00Z"));
                });
        assertThat(log.list(new AuditFilter(null, null, null, 2))).extracting(AuditEntry::seq).containsExactly(3L, 4L);
    }

    @Test
    void csvQuotesFieldsAndDefusesFormulas() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    }
}
