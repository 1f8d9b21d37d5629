package org.tidewatch.app.runtime;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tracks the first run of each source started at launch, so the demo can say it is ready only once there is
 * something to search (a query pasted right after the banner would otherwise find nothing).
 */
final class FirstCollections {
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final CountDownLatch done;

    FirstCollections(Collection<String> sourceIds) {
        pending.addAll(sourceIds);
        done = new CountDownLatch(pending.size());
    }

    /** Records that a source finished a run, whatever its outcome; only its first run counts. */
    void finished(String sourceId) {
        if (pending.remove(sourceId)) {
            done.countDown();
        }
    }

    /** Waits until every source has finished its first run or the time is up; true when all finished. */
    boolean await(Duration max) throws InterruptedException {
        return done.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sources whose first run has not finished yet. */
    Set<String> pending() {
        return Set.copyOf(pending);
    }
}
