/**
 * Where each source's previous run stopped.
 *
 * <p>To use, create one {@link org.tidewatch.crawler.cursor.CursorStore} on the app's database; collectors read and
 * write {@link org.tidewatch.crawler.cursor.Cursor} JSON, and {@code SourceRun} stores it only after the sink has
 * taken the posts. Deleting a source's cursor makes its next run walk back through history again.
 */
package org.tidewatch.crawler.cursor;
