package org.tidewatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.store.StoreException;

class LockedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheLockWhileOpenAndReleasesItOnClose() throws Exception {
        try (LockedDatabase data = LockedDatabase.open(dir, "users list")) {
            try (Connection c = data.db().connect(); ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
            assertThatThrownBy(() -> DataDirLock.acquire(dir, "serve"))
                    .isInstanceOf(DataDirLock.DataDirBusyException.class)
                    .hasMessageContaining("(pid " + ProcessHandle.current().pid() + ", users list)");
        }
        DataDirLock.acquire(dir, "serve").close();
    }

    @Test
    void busyDirectoryIsRefusedBeforeTheDatabaseIsTouched() {
        try (DataDirLock serve = DataDirLock.acquire(dir, "serve")) {
            assertThatThrownBy(() -> LockedDatabase.open(dir, "audit list"))
                    .isInstanceOf(DataDirLock.DataDirBusyException.class)
                    .hasMessage("data directory " + dir + " is in use by another tidewatch process (pid "
                            + ProcessHandle.current().pid() + ", serve); stop it first or use --data DIR");
        }
        assertThat(dir.resolve("tidewatch.mv.db")).doesNotExist();
    }

    @Test
    void releasesTheLockWhenTheDatabaseCannotBeOpened() throws Exception {
        // A directory where the database file should be makes H2 fail.
        Files.createDirectories(dir.resolve("tidewatch.mv.db"));
        assertThatThrownBy(() -> LockedDatabase.open(dir, "sources")).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot open the database in " + dir);
        DataDirLock.acquire(dir, "serve").close();
    }
}
