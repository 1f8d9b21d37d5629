package org.tidewatch.app.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password, counting failures: after {@link SecuritySettings#maxFailures()} in a row the
 * account is locked for {@link SecuritySettings#lockout()}, measured on the injected clock.
 */
public final class PasswordLogin {
    private final UserStore users;
    private final SecuritySettings settings;
    private final Clock clock;
    private final String dummyHash;

    public PasswordLogin(UserStore users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
        // Unknown names are checked against a throw-away hash so they take as long as known ones.
        this.dummyHash = users.hasher().hash("not-a-real-password".toCharArray());
    }

    /** One attempt; synchronized so concurrent guesses cannot slip past the failure count. */
    public synchronized LoginOutcome attempt(String name, char[] password) {
        Instant now = clock.instant();
        Optional<User> found = name == null ? Optional.empty() : users.find(name);
        if (found.isEmpty()) {
            users.hasher().verify(password, dummyHash);
            return new LoginOutcome.Refused();
        }
        User user = found.get();
        if (user.lockedAt(now)) {
            return new LoginOutcome.Locked(user.lockedUntil());
        }
        boolean ok = users.hasher().verify(password, users.passwordHash(name).orElse(""));
        if (ok && !user.disabled()) {
            if (user.failedAttempts() != 0 || user.lockedUntil() != null) {
                users.setLockState(name, 0, null);
            }
            return new LoginOutcome.Success(new User(name, user.roles(), false, 0, null));
        }
        if (user.disabled()) {
            return new LoginOutcome.Refused();
        }
        // An expired lock starts a fresh count.
        int failures = (user.lockedUntil() != null ? 0 : user.failedAttempts()) + 1;
        if (failures >= settings.maxFailures()) {
            Instant until = now.plus(settings.lockout());
            users.setLockState(name, 0, until);
            return new LoginOutcome.Locked(until);
        }
        users.setLockState(name, failures, null);
        return new LoginOutcome.Refused();
    }
}
