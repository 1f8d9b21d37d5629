package org.tidewatch.app.retention;

import java.time.Instant;
import java.util.List;

/** Where posts live (the index, the evidence store): finds the expired ones and deletes them. */
public interface PostRetentionTarget {
    /**
     * Ids of posts collected before their kind's cut-off: offers before {@code offerCutoff}, non-offers before
     * {@code nonOfferCutoff}. Referenced posts may be included; the service filters them out.
     */
    List<String> expiredPostIds(Instant offerCutoff, Instant nonOfferCutoff);

    /** Deletes the posts; ids already gone are ignored. */
    void delete(List<String> ids);
}
