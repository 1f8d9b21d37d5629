/**
 * The assembled system over one data directory, and the long-lived processes that run it.
 *
 * <p>To use, open a {@link org.tidewatch.app.runtime.Tidewatch} (it takes the data-directory lock, then opens the
 * database, evidence store, index and rules) and close it when done:
 * <pre>{@code
 * try (Tidewatch tw = Tidewatch.open(config, dataDir, "ingest")) {
 *     tw.pipeline().process(posts);
 * }
 * }</pre>
 * A command that needs only the database takes {@link org.tidewatch.app.runtime.LockedDatabase#open}; rebuilding the
 * index is {@link org.tidewatch.app.runtime.IndexRebuild}, which keeps the lock from deleting the old index to the
 * last commit; {@link org.tidewatch.app.runtime.ServerRun} runs schedules and the HTTP API until stopped. A second
 * process on the same directory is refused with {@link org.tidewatch.app.runtime.DataDirLock.DataDirBusyException}.
 */
package org.tidewatch.app.runtime;
