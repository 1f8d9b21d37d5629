package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(256, 2, 1);

    @Test
    void hashRecordsItsParametersAndVerifiesOnlyTheRightPassword() {
        String h = hasher.hash("sea crossing 2026".toCharArray());
        assertThat(h).startsWith("$argon2id$v=19$m=256,t=2,p=1$");
        assertThat(hasher.verify("sea crossing 2026".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("sea crossing 2027".toCharArray(), h)).isFalse();
    }

    @Test
    void samePasswordGetsADifferentSaltEachTime() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void verifiesHashesMadeWithOtherParameters() {
        String older = new PasswordHasher(64, 1, 1).hash("changing costs".toCharArray());
        assertThat(hasher.verify("changing costs".toCharArray(), older)).isTrue();
    }

    @Test
    void malformedHashNeverMatches() {
        assertThat(hasher.verify("x".toCharArray(), "$2a$10$bcrypt")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$argon2id$v=19$m=x$salt$hash")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
    }
}
