package org.tidewatch.crawler.evidence;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the evidence manifest: a sealed WARC file and the link to the entry before it.
 *
 * @param seq       1 for the first entry, then consecutive
 * @param file      WARC file name
 * @param size      file size in bytes when sealed
 * @param sha256    hex SHA-256 of the whole file when sealed
 * @param records   WARC records in the file
 * @param sealedAt  when the file was sealed
 * @param tornBytes bytes of a record torn by a crash that recovery moved to {@code <file>.torn} (0 normally)
 * @param prev      {@link #hash} of the previous entry ({@link #GENESIS} for the first)
 * @param hash      hex SHA-256 over all the fields above, so any rewrite of an entry breaks the chain after it
 */
public record ManifestEntry(long seq, String file, long size, String sha256, long records, Instant sealedAt,
                            long tornBytes, String prev, String hash) {
    /** The {@code prev} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    public ManifestEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256 (entry for " + file + ")");
        Objects.requireNonNull(sealedAt, "sealedAt (entry for " + file + ")");
        Objects.requireNonNull(prev, "prev (entry for " + file + ")");
    }

    /** A new entry chained to {@code prev}, with its hash computed. */
    static ManifestEntry chained(ManifestEntry previous, String file, long size, String sha256, long records,
                                 Instant sealedAt, long tornBytes) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prev = previous == null ? GENESIS : previous.hash();
        ManifestEntry draft = new ManifestEntry(seq, file, size, sha256, records, sealedAt, tornBytes, prev, "");
        return new ManifestEntry(seq, file, size, sha256, records, sealedAt, tornBytes, prev, draft.expectedHash());
    }

    /** What {@link #hash} must be for the other fields as they stand. */
    public String expectedHash() {
        return Sha256.hexOf(String.join("\n", Long.toString(seq), file, Long.toString(size), sha256,
                Long.toString(records), sealedAt.toString(), Long.toString(tornBytes), prev));
    }
}
