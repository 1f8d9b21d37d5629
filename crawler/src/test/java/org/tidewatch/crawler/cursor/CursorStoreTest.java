package org.tidewatch.crawler.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.store.Database;

class CursorStoreTest {
    private final Database db = Database.inMemory("cursor-" + System.nanoTime());
    private final CursorStore store = new CursorStore(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesReplacesAndForgetsACursorPerSource() {
        assertThat(store.get("zuwara")).isNull();

        store.put("zuwara", "{\"last_id\":\"8\"}");
        store.put("zuwara", "{\"last_id\":\"9\"}");
        store.put("forum", "{}");

        assertThat(store.get("zuwara")).isEqualTo("{\"last_id\":\"9\"}");
        assertThat(store.get("forum")).isEqualTo("{}");
        store.delete("zuwara");
        assertThat(store.get("zuwara")).isNull();
    }

    @Test
    void survivesASecondStoreOnTheSameDatabase() {
        store.put("zuwara", "{\"last_id\":\"8\"}");

        assertThat(new CursorStore(db).get("zuwara")).isEqualTo("{\"last_id\":\"8\"}");
    }

    @Test
    void cursorRoundTripsThroughItsJson() {
        Cursor c = new Cursor("109", Instant.parse("2026-11-21T20:15:00Z"), "\"v1\"", "Sat, 21 Nov 2026 10:00:00 GMT",
                List.of("rss:a", "rss:b"));

        assertThat(Cursor.parse(c.encode())).isEqualTo(c);
        assertThat(Cursor.parse(null)).isEqualTo(Cursor.EMPTY);
    }

    @Test
    void advancingKeepsTheNewestDateAndPutsNewIdsFirst() {
        Cursor c = new Cursor(null, Instant.parse("2026-11-21T00:00:00Z"), null, null, List.of("html:1", "html:2"));

        Cursor next = c.advance(null, Instant.parse("2026-11-20T00:00:00Z"), "\"e\"", null, List.of("html:3", "html:1"));

        assertThat(next.lastDate()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(next.seen()).containsExactly("html:3", "html:1", "html:2");
        assertThat(next.etag()).isEqualTo("\"e\"");
    }

    @Test
    void unreadableCursorFailsQuotingIt() {
        assertThatThrownBy(() -> Cursor.parse("last_id=8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unreadable crawl cursor 'last_id=8': ");
    }
}
