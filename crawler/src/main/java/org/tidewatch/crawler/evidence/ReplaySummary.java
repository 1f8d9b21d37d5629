package org.tidewatch.crawler.evidence;

import java.util.List;

/**
 * What one {@link EvidenceReplay#replay} pass found.
 *
 * @param recordsRead     WARC records read (both passes count once)
 * @param postsYielded    posts handed to the sink, one per post id
 * @param superseded      older versions of a post skipped because the post was captured again later
 * @param orphanResources imported resources with no post record (decoded when a {@link ResourceDecoder} is given)
 * @param failures        records that could not be read or decoded, naming file and record
 */
public record ReplaySummary(long recordsRead, long postsYielded, long superseded, long orphanResources,
                            List<String> failures) {
    public ReplaySummary {
        failures = List.copyOf(failures);
    }
}
