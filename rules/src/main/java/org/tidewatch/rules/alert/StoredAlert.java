package org.tidewatch.rules.alert;

import java.time.Instant;
import org.tidewatch.core.Alert;

/**
 * An alert as stored, with its review state.
 *
 * @param alert     the alert
 * @param state     its review state
 * @param stateBy   who last changed the state (null while NEW)
 * @param stateAt   when the state last changed (null while NEW)
 * @param createdAt when Tidewatch stored it (wall clock; {@code alert.firedAt()} is the evidence time)
 */
public record StoredAlert(Alert alert, AlertState state, String stateBy, Instant stateAt, Instant createdAt) {
    public StoredAlert {
        if (alert == null || state == null || createdAt == null) {
            throw new IllegalArgumentException("alert, state and createdAt are required");
        }
    }
}
