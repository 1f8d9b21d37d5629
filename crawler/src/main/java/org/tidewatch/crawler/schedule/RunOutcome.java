package org.tidewatch.crawler.schedule;

/**
 * How one run of a source ended.
 *
 * @param success        whether the run counts as a success (posts may still have had per-item failures)
 * @param itemsCollected posts collected (and safely stored) by the run
 * @param error          why the run failed; null on success
 */
public record RunOutcome(boolean success, long itemsCollected, String error) {
    public RunOutcome {
        if (itemsCollected < 0) {
            throw new IllegalArgumentException("itemsCollected must not be negative: " + itemsCollected);
        }
        if (!success && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed run needs a reason");
        }
    }

    /** A successful run. */
    public static RunOutcome succeeded(long itemsCollected) {
        return new RunOutcome(true, itemsCollected, null);
    }

    /** A failed run, with its reason. */
    public static RunOutcome failed(String reason) {
        return new RunOutcome(false, 0, reason);
    }
}
