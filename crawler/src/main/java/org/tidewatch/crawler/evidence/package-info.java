/**
 * The evidence store: every capture kept unchanged in WARC files, provable in court, and enough to rebuild the index.
 *
 * <p>To use, open the store once per process and pass it to the collectors and to ingest:
 * <pre>{@code
 * try (WarcEvidenceStore store = WarcEvidenceStore.open(dataDir)) {     // <data>/evidence, locked, crash-recovered
 *     EvidenceRef ref = store.recordExchange(exchange);                // request + response records, synced
 *     store.recordPost(post.withEvidence(ref));                        // the parsed post, for reindex
 *     EvidenceRef imported = store.recordResource(uri, at, "application/json", line);   // ingest
 * }
 * VerifyReport report = new EvidenceVerifier(WarcEvidenceStore.evidenceDir(dataDir)).verify();
 * new EvidenceReplay(WarcEvidenceStore.evidenceDir(dataDir), decoder).replay(post -> index.add(post));
 * }</pre>
 * For a bulk import, wrap each batch in {@code store.inOneSync(() -> ...)} and index the batch after it returns:
 * one disk sync per batch instead of one per record.
 * Files are {@code tidewatch-<seq>-<time>.warc.gz}, one record per gzip member, each with SHA-256 block and payload
 * digests; a file is sealed into {@code manifest.jsonl} (SHA-256, size, records, chained by hash) when it is
 * rotated, when the store closes, or when the next open finds it left behind by a crash. Write the
 * {@link org.tidewatch.crawler.evidence.VerifyReport#manifestHead() manifest head} down outside the machine to
 * anchor the chain.
 */
package org.tidewatch.crawler.evidence;
