package org.tidewatch.app.audit;

import java.util.Optional;

/**
 * The result of {@link AuditLog#verify()}.
 *
 * @param checked entries read
 * @param firstBreak the first broken entry, empty when the chain is intact
 */
public record ChainCheck(long checked, Optional<ChainBreak> firstBreak) {
    public ChainCheck {
        if (checked < 0 || firstBreak == null) {
            throw new IllegalArgumentException("checked must be >= 0 and firstBreak present or empty");
        }
    }

    /** Whether no entry was edited or removed. */
    public boolean intact() {
        return firstBreak.isEmpty();
    }
}
