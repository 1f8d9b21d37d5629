package org.tidewatch.app.retention;

import java.time.Instant;

/**
 * What one purge did.
 *
 * @param expired posts past their period
 * @param kept expired posts kept because something refers to them
 * @param deleted posts deleted
 * @param failure why the purge failed, or null
 */
public record PurgeResult(Status status, Instant offerCutoff, Instant nonOfferCutoff, int expired, int kept,
        int deleted, String failure) {
    /** Whether a purge ran. */
    public enum Status { DISABLED, DONE, FAILED }

    public PurgeResult {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (expired < 0 || kept < 0 || deleted < 0 || kept + deleted > expired) {
            throw new IllegalArgumentException("inconsistent counts: expired " + expired + ", kept " + kept
                    + ", deleted " + deleted);
        }
        if ((status == Status.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failure reason goes with status FAILED only, not " + status);
        }
    }

    static PurgeResult disabled() {
        return new PurgeResult(Status.DISABLED, null, null, 0, 0, 0, null);
    }
}
