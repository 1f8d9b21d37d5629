package org.tidewatch.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class PostDocumentsMonthTest {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    @Test
    void monthFacetIsTheUtcMonthAsThePatternPrintsIt() {
        String[] times = {"2025-01-31T23:59:59.999Z", "2025-02-01T00:00:00Z", "2026-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z", "0999-05-01T00:00:00Z", "+12000-03-01T00:00:00Z"};
        for (String t : times) {
            Instant at = Instant.parse(t);
            assertThat(PostDocuments.month(at.toEpochMilli())).as(t).isEqualTo(PATTERN.format(at));
        }
        assertThat(PostDocuments.month(Instant.parse("2025-07-04T10:00:00Z").toEpochMilli())).isEqualTo("2025-07");
    }
}
