package org.tidewatch.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory: a restart logs everyone out, which is acceptable for a police tool and keeps session ids
 * out of the database. Sessions expire after an idle period on the injected clock.
 */
public final class SessionStore {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Clock clock;

    public SessionStore(Duration idle, Clock clock) {
        this.idle = idle;
        this.clock = clock;
    }

    /** A new session with fresh random id and CSRF token (a new id at each log-in prevents session fixation). */
    public Session create(String userName) {
        Instant now = clock.instant();
        // Abandoned sessions are swept here, at log-in, so they do not pile up in memory.
        sessions.values().removeIf(old -> !now.isBefore(old.lastSeen().plus(idle)));
        Session s = new Session(Secrets.token(32), userName, Secrets.token(32), now);
        sessions.put(s.id(), s);
        return s;
    }

    /** The live session with this id, touching its last-seen time; expired ones are dropped. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // One atomic step, so a log-out running at the same time cannot be undone by the touch.
        Session live = sessions.computeIfPresent(id, (k, s) -> now.isBefore(s.lastSeen().plus(idle))
                ? new Session(s.id(), s.userName(), s.csrfToken(), now) : null);
        return Optional.ofNullable(live);
    }

    /** Ends one session. */
    public void remove(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every session of a user (when disabled). */
    public void removeUser(String userName) {
        sessions.values().removeIf(s -> s.userName().equals(userName));
    }
}
