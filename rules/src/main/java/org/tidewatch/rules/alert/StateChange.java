package org.tidewatch.rules.alert;

import java.time.Instant;

/**
 * One review step of an alert.
 *
 * @param alertId the alert
 * @param state   the state it was put in
 * @param by      who did it
 * @param at      when
 */
public record StateChange(String alertId, AlertState state, String by, Instant at) {
}
