package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.store.Database;

class DemoUsersTest {
    @Test
    void createsOneUserPerRoleThenKeepsThemOnARerun() {
        try (Database db = Database.inMemory("demo-" + System.nanoTime())) {
            UserStore users = new UserStore(db, TestServer.FAST_HASHER, Clock.systemUTC());
            users.add("admin", Set.of(Role.ADMIN), "already-there-1".toCharArray());
            List<DemoUsers.DemoUser> first = DemoUsers.ensure(users);
            assertThat(first).extracting(DemoUsers.DemoUser::name)
                    .containsExactly("investigator", "analyst", "liaison", "admin");
            assertThat(first.get(3).password()).isEmpty();
            assertThat(first.get(3).describe()).isEqualTo("admin (already exists, password unchanged)");
            for (DemoUsers.DemoUser u : first.subList(0, 3)) {
                String password = u.password().orElseThrow();
                assertThat(password).hasSize(16);
                assertThat(u.describe()).isEqualTo(u.name() + " / " + password);
                assertThat(users.find(u.name()).orElseThrow().roles()).containsExactly(u.role());
                assertThat(users.hasher().verify(password.toCharArray(), users.passwordHash(u.name()).orElseThrow()))
                        .isTrue();
            }
            assertThat(DemoUsers.ensure(users)).extracting(DemoUsers.DemoUser::password)
                    .containsOnly(Optional.empty());
        }
    }
}
