package org.tidewatch.crawler.testing;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.crawler.fetch.Sleeper;

/** A sleeper that records the waits asked of it and returns at once, so that retry tests run fast and exactly. */
public final class RecordingSleeper implements Sleeper {
    private final List<Long> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(long millis) {
        if (millis > 0) {
            waits.add(millis);
        }
    }

    /** The non-zero waits asked, in order. */
    public synchronized List<Long> waits() {
        return List.copyOf(waits);
    }
}
