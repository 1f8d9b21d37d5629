package org.tidewatch.crawler.fetch;

import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;

/**
 * Rides along one call as the OkHttp request tag: the per-source request going in, what the interceptors saw
 * coming out. One trace per call, filled by one thread.
 */
final class FetchTrace {
    final FetchRequest request;
    final boolean robotsFetch;
    final List<String> redirects = new ArrayList<>();
    int attempts;
    boolean truncated;
    String remoteIp;
    String retryNote;
    long crawlDelayMs;

    FetchTrace(FetchRequest request, boolean robotsFetch) {
        this.request = request;
        this.robotsFetch = robotsFetch;
    }

    /** The trace of a request; a request built without one is a programming error named in the message. */
    static FetchTrace of(Request request) {
        FetchTrace t = request.tag(FetchTrace.class);
        if (t == null) {
            throw new IllegalStateException("request to " + request.url() + " carries no FetchTrace tag: "
                    + "use HttpFetcher, not the OkHttp client directly");
        }
        return t;
    }
}
