package org.tidewatch.crawler.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * One WARC record as stored in a file: where it sits, its headers and its block bytes.
 *
 * @param offset offset of its gzip member in the file
 * @param length length of its gzip member
 * @param crcOk  whether the gzip CRC of the member holds
 * @param type   WARC-Type
 * @param id     WARC-Record-ID without angle brackets
 * @param headers the WARC headers
 * @param block  the record block (for request/response records: HTTP header and payload)
 */
record StoredRecord(long offset, long length, boolean crcOk, String type, String id, MessageHeaders headers, byte[] block) {
    /** Parses the WARC record inside one gzip member; throws when the member does not hold exactly one record. */
    static StoredRecord parse(GzipMembers.Member member) throws IOException {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(member.data()))) {
            WarcRecord record = reader.next().orElseThrow(() -> new IOException("no WARC record in the gzip member"));
            byte[] block = record.body().stream().readAllBytes();
            return new StoredRecord(member.offset(), member.length(), member.crcOk(), record.type(),
                    record.id().toString(), record.headers(), block);
        } catch (RuntimeException e) {
            // jwarc signals malformed headers with unchecked exceptions; to the caller it is an unreadable record.
            throw new IOException("unreadable WARC record: " + e.getMessage(), e);
        }
    }

    /** The payload: the HTTP entity for request/response records, the whole block otherwise. */
    byte[] payload() {
        if (!type.equals("request") && !type.equals("response")) {
            return block;
        }
        for (int i = 0; i + 3 < block.length; i++) {
            if (block[i] == '\r' && block[i + 1] == '\n' && block[i + 2] == '\r' && block[i + 3] == '\n') {
                return java.util.Arrays.copyOfRange(block, i + 4, block.length);
            }
        }
        return new byte[0];
    }

    Optional<WarcDigest> digestHeader(String name) {
        return headers.first(name).map(WarcDigest::new);
    }

    Optional<String> header(String name) {
        return headers.first(name);
    }
}
