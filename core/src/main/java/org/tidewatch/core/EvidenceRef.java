package org.tidewatch.core;

/**
 * Where the captured bytes of a post are kept.
 *
 * @param warcFile name of the WARC file under the evidence directory
 * @param recordId the WARC-Record-ID of the response or resource record
 * @param sha256   lower-case hex SHA-256 of the captured payload
 */
public record EvidenceRef(String warcFile, String recordId, String sha256) {
    public EvidenceRef {
        Post.requireText(warcFile, "warcFile");
        Post.requireText(recordId, "recordId");
        Post.requireText(sha256, "sha256");
    }
}
