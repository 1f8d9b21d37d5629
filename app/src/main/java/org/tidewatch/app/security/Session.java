package org.tidewatch.app.security;

import java.time.Instant;

/**
 * A logged-in browser session. The id is known only to the browser and to the request carrying it: the database
 * keeps its SHA-256.
 *
 * @param csrfToken the synchronizer token every state-changing request of this session must echo
 * @param createdAt the log-in time, from which the absolute lifetime runs
 * @param lastSeen  the last recorded use, from which the idle time runs
 */
public record Session(String id, String userName, String csrfToken, Instant createdAt, Instant lastSeen) {
    public Session {
        if (id == null || id.length() < 32 || csrfToken == null || csrfToken.length() < 32) {
            throw new IllegalArgumentException("session id and CSRF token must be long random values");
        }
        UserNames.check(userName);
        if (createdAt == null || lastSeen == null || lastSeen.isBefore(createdAt)) {
            throw new IllegalArgumentException("session of '" + userName + "' must be seen at or after its creation ("
                    + createdAt + "), not " + lastSeen);
        }
    }
}
