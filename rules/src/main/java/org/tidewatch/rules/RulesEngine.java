package org.tidewatch.rules;

import java.util.List;
import org.tidewatch.core.Alert;
import org.tidewatch.core.EnrichedPost;

/** Watches indexed posts and raises alerts (watchlist matches, new and surging routes). */
public interface RulesEngine {
    /** Called after the posts were indexed. Returns the alerts raised (already stored and queued for delivery). */
    List<Alert> onIndexed(List<EnrichedPost> posts);
}
