package org.tidewatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {
    @TempDir
    Path dir;

    @Test
    void secondHolderIsRefusedNamingTheFirst() {
        try (DataDirLock first = DataDirLock.acquire(dir, "serve")) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir, "ingest"))
                    .isInstanceOf(DataDirLock.DataDirBusyException.class)
                    .hasMessage("data directory " + dir + " is in use by another tidewatch process (pid "
                            + ProcessHandle.current().pid() + ", serve); stop it first or use --data DIR");
        }
    }

    @Test
    void lockIsFreeAgainAfterClose() {
        DataDirLock.acquire(dir, "crawl").close();
        DataDirLock.acquire(dir, "ingest").close();
    }
}
