/**
 * The index schema.
 *
 * <p>To use, build a document with {@link org.tidewatch.index.schema.PostDocuments#build} (the same document
 * the index holds, e.g. for matching watchlists in a MemoryIndex) and read field names from
 * {@link org.tidewatch.index.schema.Fields}; {@link org.tidewatch.index.schema.PostJson} stores and restores
 * the whole post exactly. A filter on a keyword value goes through {@link org.tidewatch.index.schema.Fields#term}: the
 * filter-only values (platform, language, routes, places, reasons …) live in one field {@code kw} as {@code name=value}.
 * Values no query reads (url, evidence hash, currencies, offer score) are only in the stored JSON.
 */
package org.tidewatch.index.schema;
