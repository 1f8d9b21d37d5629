/**
 * The hash-chained, append-only audit trail: who searched, viewed, exported, reported or administered what.
 *
 * <p>To use, create one {@link org.tidewatch.app.audit.AuditLog} on the database and call
 * {@code audit.record(AccessControl.userName(ctx), AuditAction.SEARCH, query, hits)} in each handler that reads or
 * changes data. {@link org.tidewatch.app.audit.AuditLog#verify()} walks the chain and names the first edited or
 * removed entry. Admins read the log through {@link org.tidewatch.app.audit.AuditHandler}
 * ({@code GET /api/audit}, JSON or CSV) and {@link org.tidewatch.app.audit.AuditCommand}
 * ({@code tidewatch audit verify|list}).
 */
package org.tidewatch.app.audit;
