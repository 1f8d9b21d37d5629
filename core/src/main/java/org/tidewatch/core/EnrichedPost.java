package org.tidewatch.core;

import java.util.Objects;

/** A post together with what the NLP stage found in it: the unit the index and the rules work on. */
public record EnrichedPost(Post post, Enrichment enrichment) {
    public EnrichedPost {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(enrichment, "enrichment of post " + post.id());
    }
}
