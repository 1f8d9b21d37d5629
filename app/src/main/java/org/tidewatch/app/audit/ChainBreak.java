package org.tidewatch.app.audit;

/**
 * The first place where the audit chain does not hold.
 *
 * @param seq the first entry that is missing, edited or no longer linked
 * @param problem what is wrong, for a person to read
 */
public record ChainBreak(long seq, String problem) {
    public ChainBreak {
        if (seq < 1 || problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("a chain break needs an entry number and a problem");
        }
    }
}
