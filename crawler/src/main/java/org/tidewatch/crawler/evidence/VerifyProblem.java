package org.tidewatch.crawler.evidence;

import java.util.Objects;

/**
 * One mismatch found by {@link EvidenceVerifier}.
 *
 * @param file     the WARC file (or {@code manifest.jsonl}) concerned
 * @param recordId the WARC-Record-ID concerned, or where in the file when no record id can be read
 *                 ({@code offset 1234}, {@code line 3}, {@code whole file})
 * @param message  what does not match
 */
public record VerifyProblem(String file, String recordId, String message) {
    public VerifyProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + " [" + recordId + "]: " + message;
    }
}
