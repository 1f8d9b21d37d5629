package org.tidewatch.crawler.run;

import java.util.List;
import org.tidewatch.core.Post;

/**
 * Where a run's posts go once they are in the evidence store: the app's pipeline (enrich, index, commit).
 * Returning normally means the posts are safely stored; throwing means they are not, and the cursor stays put.
 */
@FunctionalInterface
public interface PostSink {
    /** Takes the posts of one run, oldest first. */
    void accept(List<Post> posts);
}
