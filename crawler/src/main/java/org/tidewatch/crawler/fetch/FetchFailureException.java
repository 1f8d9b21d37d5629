package org.tidewatch.crawler.fetch;

import java.io.IOException;

/** Thrown by an interceptor for a failure that retrying cannot fix; the fetcher turns it into a {@link FetchFailure}. */
final class FetchFailureException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String kind;

    FetchFailureException(String kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    FetchFailure failure() {
        return new FetchFailure(kind, getMessage());
    }
}
