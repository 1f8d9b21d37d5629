package org.tidewatch.app.runtime;

import org.slf4j.LoggerFactory;

/** Reloads the configuration on SIGHUP, as daemons do; silently absent where the platform has no such signal. */
final class ReloadSignal {
    private ReloadSignal() {
    }

    @SuppressWarnings("restriction")
    static void install(Runnable onHangup) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sig -> {
                try {
                    onHangup.run();
                } catch (RuntimeException e) {
                    // A broken config file must not take the server down; the old sources keep running.
                    LoggerFactory.getLogger(ReloadSignal.class).error("reload failed: {}", e.getMessage());
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            LoggerFactory.getLogger(ReloadSignal.class).debug("SIGHUP not available: {}", e.toString());
        }
    }
}
