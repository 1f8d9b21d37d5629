package org.tidewatch.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void standsStillUntilAdvancedThenMovesByExactlyTheDuration() {
        MutableClock clock = new MutableClock(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-20T11:30:00Z"));
        assertThat(clock.millis()).isEqualTo(T0.plusSeconds(5400).toEpochMilli());
        clock.advance(Duration.ofSeconds(-30));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-20T11:29:30Z"));
    }

    @Test
    void anotherZoneIsTheSameClockSoAdvancingMovesBoth() {
        MutableClock clock = new MutableClock(T0);
        var zoned = clock.withZone(ZoneId.of("Europe/Rome"));
        clock.advance(Duration.ofHours(1));
        assertThat(zoned.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(clock.getZone()).isEqualTo(java.time.ZoneOffset.UTC);
    }

    @Test
    void refusesAMissingStart() {
        assertThatThrownBy(() -> new MutableClock(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start instant must be given, not null");
    }
}
