package org.tidewatch.rules.alert;

/** Where an alert stands with the analysts. */
public enum AlertState {
    /** Not looked at yet. */
    NEW,
    /** Seen and being followed up. */
    ACKNOWLEDGED,
    /** Seen and judged not worth following. */
    DISMISSED
}
