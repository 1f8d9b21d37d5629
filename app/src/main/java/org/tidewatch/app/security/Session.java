package org.tidewatch.app.security;

import java.time.Instant;

/**
 * A logged-in browser session.
 *
 * @param csrfToken the synchronizer token every state-changing request of this session must echo
 */
public record Session(String id, String userName, String csrfToken, Instant lastSeen) {
    public Session {
        if (id == null || id.length() < 32 || csrfToken == null || csrfToken.length() < 32) {
            throw new IllegalArgumentException("session id and CSRF token must be long random values");
        }
        UserNames.check(userName);
    }
}
