package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Repairs a WARC file a crash left open: finds the end of its last complete record and moves whatever follows
 * (a record cut off mid-write) to {@code <file>.torn}. The bytes are kept, never deleted: they were never
 * acknowledged, but they are still what was on the disk.
 */
final class CrashRecovery {
    /**
     * What recovery found.
     *
     * @param records   complete records kept in the file
     * @param tornBytes bytes moved aside (0 when the file ended cleanly)
     * @param tail      the file holding them (null when nothing was moved)
     */
    record Result(long records, long tornBytes, Path tail) {
    }

    private CrashRecovery() {
    }

    static Result cutTornTail(Path file) throws IOException {
        long records = 0;
        long goodEnd = 0;
        try (GzipMembers members = new GzipMembers(file)) {
            for (GzipMembers.Member m; (m = members.next()) != null; ) {
                records++;
                goodEnd = m.offset() + m.length();
            }
        } catch (GzipMembers.BadMemberException e) {
            goodEnd = e.offset();
        }
        long torn = Files.size(file) - goodEnd;
        if (torn == 0) {
            return new Result(records, 0, null);
        }
        Path tail = file.resolveSibling(file.getFileName() + EvidenceFiles.TORN_SUFFIX);
        moveTail(file, goodEnd, tail);
        return new Result(records, torn, tail);
    }

    /** Copies {@code [from, end)} to {@code tail} and syncs it before truncating, so no byte is ever lost. */
    private static void moveTail(Path file, long from, Path tail) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileChannel out = FileChannel.open(tail, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                InputStream in = Channels.newInputStream(ch.position(from));
                OutputStream os = Channels.newOutputStream(out);
                in.transferTo(os);
                out.force(true);
            }
            ch.truncate(from);
            ch.force(true);
        }
        WarcEvidenceStore.syncDirectory(file.getParent());
    }
}
