/**
 * Data retention: deletes collected posts past their period (offers; non-offers, kept for less), never those an
 * alert, report or case refers to, and logs each purge in the audit trail. Off unless configured.
 *
 * <p>To use, read {@link org.tidewatch.app.retention.RetentionSettings#fromConfig} from the {@code retention:}
 * section, implement {@link org.tidewatch.app.retention.PostRetentionTarget} over the index and
 * {@link org.tidewatch.app.retention.ReferencedPosts} over alerts, reports and cases, and call
 * {@code new RetentionService(settings, target, references, audit).purge(clock)} on a schedule.
 */
package org.tidewatch.app.retention;
