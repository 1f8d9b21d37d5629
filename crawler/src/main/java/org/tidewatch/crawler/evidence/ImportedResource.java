package org.tidewatch.crawler.evidence;

import java.time.Instant;

/**
 * A resource record read back from the evidence: content stored with {@link EvidenceStore#recordResource}.
 *
 * @param uri         the record's target URI
 * @param capturedAt  its WARC-Date
 * @param contentType its content type
 * @param content     the stored bytes
 * @param ref         where it is kept
 */
public record ImportedResource(String uri, Instant capturedAt, String contentType, byte[] content,
                               org.tidewatch.core.EvidenceRef ref) {
}
