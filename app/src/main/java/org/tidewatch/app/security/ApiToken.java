package org.tidewatch.app.security;

import java.time.Instant;

/**
 * A stored API token, without its secret (only a SHA-256 of it is kept).
 *
 * @param revokedAt when it was revoked, or null while it is valid
 */
public record ApiToken(String id, String userName, Instant createdAt, Instant revokedAt) {
    public ApiToken {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("token id must not be blank");
        }
        UserNames.check(userName);
    }

    /** Whether the token still authenticates. */
    public boolean active() {
        return revokedAt == null;
    }
}
