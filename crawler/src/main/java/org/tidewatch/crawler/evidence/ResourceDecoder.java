package org.tidewatch.crawler.evidence;

import java.util.Optional;
import org.tidewatch.core.Post;

/**
 * Turns an imported resource into the post it holds, for replay of imports whose post record was never written
 * (the process stopped between {@code recordResource} and {@code recordPost}). The app supplies the same mapping
 * that {@code ingest} uses. Returns empty for resources that hold no post; throws {@link IllegalArgumentException}
 * with a reason for content that cannot be read (counted as a replay failure, the replay goes on).
 */
@FunctionalInterface
public interface ResourceDecoder {
    /** Decodes nothing: only post records are replayed. */
    ResourceDecoder NONE = resource -> Optional.empty();

    Optional<Post> decode(ImportedResource resource);
}
