package org.tidewatch.app.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user as stored, without the password hash.
 *
 * @param lockedUntil end of the current lock-out, or null when not locked
 */
public record User(String name, Set<Role> roles, boolean disabled, int failedAttempts, Instant lockedUntil) {
    public User {
        UserNames.check(name);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user '" + name + "' must hold at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must not be negative, not " + failedAttempts);
        }
    }

    /** Whether the user holds the role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether a lock-out is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
