package org.tidewatch.crawler.fetch;

import java.io.InterruptedIOException;

/** Waits between retries and between requests to one host; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    /** The real clock. */
    Sleeper REAL = millis -> {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting " + millis + " ms");
        }
    };

    /** Waits this many milliseconds (nothing when zero or less). */
    void sleep(long millis) throws InterruptedIOException;
}
