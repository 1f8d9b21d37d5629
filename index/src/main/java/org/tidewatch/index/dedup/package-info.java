/**
 * Near-duplicate detection: MinHash over normalised word bigrams, LSH bands, a sliding window of recent texts.
 *
 * <p>To use, keep one {@link org.tidewatch.index.dedup.DuplicateGroups} and call {@code assign(id, text)}: it returns
 * the group id (the id of the group's first text). {@link org.tidewatch.index.dedup.Signature} gives the signature
 * and the estimated similarity of two texts. The index assigns groups at upsert and reports them in
 * {@link org.tidewatch.index.UpsertResult#groups()}.
 */
package org.tidewatch.index.dedup;
