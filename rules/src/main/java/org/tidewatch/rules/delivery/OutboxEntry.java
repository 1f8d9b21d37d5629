package org.tidewatch.rules.delivery;

import java.time.Instant;

/**
 * One alert waiting for (or done with) delivery to one target.
 *
 * @param id        outbox id, sent as the delivery id so receivers can drop a repeat
 * @param alertId   the alert
 * @param target    where it goes
 * @param payload   the alert's JSON
 * @param status    PENDING, DELIVERED or FAILED
 * @param attempts  attempts made so far
 * @param lastError the last failure, null when none
 * @param createdAt when it was queued
 */
public record OutboxEntry(long id, String alertId, Target target, String payload, Status status, int attempts,
                          String lastError, Instant createdAt) {
    /** Delivery state. */
    public enum Status { PENDING, DELIVERED, FAILED }
}
