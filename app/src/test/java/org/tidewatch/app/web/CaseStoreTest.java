package org.tidewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.cases.CaseEntry;
import org.tidewatch.app.cases.CaseFile;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.core.store.Database;

/** The cases store behind the case pages. */
class CaseStoreTest {
    private final Database db = Database.inMemory("cases-" + System.nanoTime());
    private final CaseStore cases = new CaseStore(db, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addingAPostOpensTheCaseAndAddingItAgainReplacesTheNote() {
        CaseFile first = cases.add("  Sfax boats ", "classifieds:8001", "first note", "ina");
        CaseFile again = cases.add("Sfax boats", "classifieds:8001", "better note", "ina");
        cases.add("Sfax boats", "classifieds:8002", "", "ina");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(cases.find(first.id()).orElseThrow().postCount()).isEqualTo(2);
        assertThat(cases.list()).extracting(CaseFile::name).containsExactly("Sfax boats");
        List<CaseEntry> entries = cases.entries(first.id());
        assertThat(entries).extracting(CaseEntry::postId).containsExactly("classifieds:8001", "classifieds:8002");
        assertThat(entries.get(0).note()).isEqualTo("better note");
        assertThat(cases.casesOf("classifieds:8001")).containsExactly("Sfax boats");
        assertThat(cases.referenced(Set.of("classifieds:8001", "telegram:1"))).containsExactly("classifieds:8001");
    }

    @Test
    void badNamesAndLongNotesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> cases.add(" ", "p:1", "", "ina")).hasMessage("a case needs a name");
        assertThatThrownBy(() -> cases.add("x".repeat(201), "p:1", "", "ina"))
                .hasMessage("a case name has at most 200 characters, not 201");
        assertThatThrownBy(() -> cases.add("a\u0007b", "p:1", "", "ina"))
                .hasMessage("a case name cannot contain control characters: 'a?b'");
        assertThatThrownBy(() -> cases.add("ok", "p:1", "n".repeat(4001), "ina"))
                .hasMessage("a note has at most 4000 characters, not 4001");
        assertThat(cases.list()).isEmpty();
    }
}
