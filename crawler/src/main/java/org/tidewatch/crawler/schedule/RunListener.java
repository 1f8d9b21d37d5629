package org.tidewatch.crawler.schedule;

/** Told about every finished run, after its health has been recorded (for logs, metrics, the audit trail). */
@FunctionalInterface
public interface RunListener {
    /** Does nothing. */
    RunListener NONE = report -> { };

    void finished(FinishedRun report);
}
