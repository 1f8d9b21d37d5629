package org.tidewatch.crawler.evidence;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a {@code .warc.gz} file one gzip member at a time, with each member's exact offset and length and whether
 * its CRC holds. The store writes one WARC record per member, so members are record boundaries; jwarc's own reader
 * neither reports member ends nor checks CRCs, which recovery and verification both need.
 */
final class GzipMembers implements Closeable {
    /** One complete gzip member: where it sits in the file and what it inflates to. */
    record Member(long offset, long length, byte[] data, boolean crcOk) {
    }

    /** A member that cannot be read: cut off by a crash, or not gzip at all. */
    static final class BadMemberException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long offset;

        BadMemberException(long offset, String reason) {
            super(reason + " at offset " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private long bufStart;
    private final Inflater inflater = new Inflater(true);

    GzipMembers(Path file) throws IOException {
        this.in = Files.newInputStream(file);
    }

    /** The next member, or null at a clean end of file. */
    Member next() throws IOException {
        long start = position();
        if (!fill()) {
            return null;
        }
        if (readByte(start) != 0x1f || readByte(start) != 0x8b || readByte(start) != 8) {
            throw new BadMemberException(start, "not a gzip member");
        }
        int flags = readByte(start);
        skip(6, start);
        if ((flags & FEXTRA) != 0) {
            skip(readByte(start) | readByte(start) << 8, start);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated(start);
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated(start);
        }
        if ((flags & FHCRC) != 0) {
            skip(2, start);
        }
        byte[] data = inflate(start);
        long crc = readInt(start);
        long size = readInt(start);
        CRC32 actual = new CRC32();
        actual.update(data);
        boolean crcOk = actual.getValue() == crc && (data.length & 0xffffffffL) == size;
        return new Member(start, position() - start, data, crcOk);
    }

    private byte[] inflate(long start) throws IOException {
        inflater.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 16];
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (!fill()) {
                        throw new BadMemberException(start, "file ends inside a compressed record");
                    }
                    inflater.setInput(buf, bufPos, bufLen - bufPos);
                    bufPos = bufLen;
                }
                int n = inflater.inflate(chunk);
                out.write(chunk, 0, n);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new BadMemberException(start, "compressed record needs a preset dictionary");
                }
            }
        } catch (DataFormatException e) {
            throw new BadMemberException(start, "corrupt compressed data (" + e.getMessage() + ")");
        }
        bufPos = bufLen - inflater.getRemaining();
        return out.toByteArray();
    }

    private long position() {
        return bufStart + bufPos;
    }

    private boolean fill() throws IOException {
        if (bufPos < bufLen) {
            return true;
        }
        bufStart += bufLen;
        bufPos = 0;
        bufLen = Math.max(0, in.read(buf));
        return bufLen > 0;
    }

    private int readByte(long start) throws IOException {
        if (!fill()) {
            throw new BadMemberException(start, "file ends inside a gzip header or trailer");
        }
        return buf[bufPos++] & 0xff;
    }

    private long readInt(long start) throws IOException {
        return readByte(start) | (long) readByte(start) << 8 | (long) readByte(start) << 16 | (long) readByte(start) << 24;
    }

    private void skip(int n, long start) throws IOException {
        for (int i = 0; i < n; i++) {
            readByte(start);
        }
    }

    private void skipZeroTerminated(long start) throws IOException {
        while (readByte(start) != 0) {
            // skip the optional file name or comment
        }
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }
}
