package org.tidewatch.crawler.schedule;

import java.util.List;
import java.util.Map;

/**
 * What a {@link SourceScheduler#reload} changed.
 *
 * @param added    sources newly scheduled
 * @param removed  sources no longer scheduled (removed from the config or disabled)
 * @param updated  sources whose configuration changed (a new schedule takes effect at once, other changes at the next run)
 * @param rejected sources left out, with the reason (bad cron expression, duplicate id)
 */
public record ReloadResult(List<String> added, List<String> removed, List<String> updated, Map<String, String> rejected) {
    public ReloadResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        updated = List.copyOf(updated);
        rejected = Map.copyOf(rejected);
    }
}
