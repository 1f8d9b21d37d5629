package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Names and lists the files of an evidence directory. */
final class EvidenceFiles {
    static final String MANIFEST = "manifest.jsonl";
    static final String WARC_SUFFIX = ".warc.gz";
    static final String TORN_SUFFIX = ".torn";
    private static final Pattern NAME = Pattern.compile("tidewatch-(\\d{6,})-\\d{8}T\\d{6}Z\\.warc\\.gz");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private EvidenceFiles() {
    }

    /** {@code tidewatch-000042-20260101T120000Z.warc.gz}: the sequence number first, so names sort in capture order. */
    static String name(long sequence, Instant created) {
        return String.format("tidewatch-%06d-%s%s", sequence, STAMP.format(created), WARC_SUFFIX);
    }

    /** The sequence number of a file named by {@link #name}, or -1 for any other name. */
    static long sequence(String fileName) {
        Matcher m = NAME.matcher(fileName);
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The WARC files of the directory, in capture order. */
    static List<Path> warcFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> sequence(p.getFileName().toString()) >= 0)
                    .sorted(Comparator.comparingLong((Path p) -> sequence(p.getFileName().toString())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence directory " + dir, e);
        }
    }

    /** Files left aside by crash recovery: the torn tail of a WARC file. */
    static List<Path> tornTails(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(WARC_SUFFIX + TORN_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence directory " + dir, e);
        }
    }
}
