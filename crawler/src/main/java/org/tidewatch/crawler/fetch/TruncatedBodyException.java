package org.tidewatch.crawler.fetch;

import java.io.IOException;

/** The connection broke while the body was being read; retryable like any connection error. */
final class TruncatedBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    TruncatedBodyException(long bytesRead, IOException cause) {
        super("body cut off after " + bytesRead + " bytes: " + cause.getMessage(), cause);
    }
}
