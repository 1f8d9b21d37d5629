package org.tidewatch.app.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The evidence bundle for prosecutors: the referred posts' WARC records copied byte for byte (each record is one
 * gzip member, so the copies are a valid {@code .warc.gz}), the manifest lines that seal their source files, the
 * report, SHA-256 sums of every file and a README on checking it with standard WARC tools.
 */
public final class EvidenceExport {
    /** What went into the zip. */
    public record Result(int records, int items, List<String> missing) {
    }

    private final Path evidenceDir;

    /** @param evidenceDir the evidence store's directory ({@code WarcEvidenceStore.evidenceDir(dataDir)}) */
    public EvidenceExport(Path evidenceDir) {
        this.evidenceDir = evidenceDir;
    }

    /** Writes the zip; items whose capture cannot be found are listed in {@code MISSING.txt} and the result. */
    public Result export(ReferralPackage pkg, byte[] reportPdfOrNull, OutputStream out) throws IOException {
        Map<String, Set<String>> wantedByFile = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (ReferralItem i : pkg.items()) {
            if (i.warcFile() == null || i.warcRecordId() == null) {
                missing.add(i.postId() + ": no capture recorded");
            } else if (!i.warcFile().matches("[A-Za-z0-9._-]+") || !Files.isRegularFile(evidenceDir.resolve(i.warcFile()))) {
                missing.add(i.postId() + ": WARC file " + i.warcFile() + " not found in " + evidenceDir);
            } else {
                wantedByFile.computeIfAbsent(i.warcFile(), k -> new LinkedHashSet<>()).add(i.warcRecordId());
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        int records = 0;
        StringBuilder recordList = new StringBuilder("# WARC-Record-ID\tWARC-Type\tsource file\tWARC-Block-Digest\n");
        for (Map.Entry<String, Set<String>> e : wantedByFile.entrySet()) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            Set<String> found = new LinkedHashSet<>();
            records += copyRecords(evidenceDir.resolve(e.getKey()), e.getValue(), copy, found, recordList, e.getKey());
            for (String id : e.getValue()) {
                if (!found.contains(id)) {
                    missing.add("record " + id + " not found in " + e.getKey());
                }
            }
            files.put("records/" + e.getKey().replaceAll("\\.warc\\.gz$", "") + "-extract.warc.gz", copy.toByteArray());
        }
        files.put("records/RECORDS.tsv", recordList.toString().getBytes(StandardCharsets.UTF_8));
        files.put("manifest/manifest-entries.jsonl", manifestLines(wantedByFile.keySet()));
        Path manifest = evidenceDir.resolve("manifest.jsonl");
        if (Files.isRegularFile(manifest)) {
            files.put("manifest/manifest.jsonl", Files.readAllBytes(manifest));
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new PackageJson().write(pkg, json);
        files.put("report/" + pkg.id() + ".json", json.toByteArray());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        new PackageCsv().write(pkg, csv);
        files.put("report/" + pkg.id() + ".csv", csv.toByteArray());
        if (reportPdfOrNull != null) {
            files.put("report/" + pkg.id() + ".pdf", reportPdfOrNull);
        }
        if (!missing.isEmpty()) {
            files.put("MISSING.txt", (String.join("\n", missing) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        files.put("README.txt", readme(pkg).getBytes(StandardCharsets.UTF_8));
        StringBuilder sums = new StringBuilder();
        files.forEach((name, bytes) -> sums.append(sha256(bytes)).append("  ").append(name).append('\n'));
        files.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return new Result(records, pkg.items().size(), missing);
    }

    /**
     * Copies the captures with the given ids and the records tied to them (their request, via
     * WARC-Concurrent-To; the post's metadata, via WARC-Refers-To) as raw gzip members.
     */
    private static int copyRecords(Path warc, Set<String> ids, OutputStream out, Set<String> found,
                                   StringBuilder list, String fileName) throws IOException {
        List<long[]> spans = new ArrayList<>();
        List<String[]> info = new ArrayList<>();
        long size = Files.size(warc);
        try (WarcReader reader = new WarcReader(warc)) {
            long prevStart = -1;
            String[] prevInfo = null;
            for (WarcRecord r = reader.next().orElse(null); r != null; r = reader.next().orElse(null)) {
                long start = reader.position();
                if (prevInfo != null) {
                    spans.add(new long[] {prevStart, start});
                    info.add(prevInfo);
                }
                prevInfo = describe(r);
                prevStart = start;
            }
            if (prevInfo != null) {
                spans.add(new long[] {prevStart, size});
                info.add(prevInfo);
            }
        }
        int copied = 0;
        try (RandomAccessFile raf = new RandomAccessFile(warc.toFile(), "r")) {
            for (int k = 0; k < spans.size(); k++) {
                String[] in = info.get(k);
                boolean isCapture = ids.contains(in[0]);
                if (!isCapture && !ids.contains(in[2])) {
                    continue;
                }
                if (isCapture) {
                    found.add(in[0]);
                }
                byte[] bytes = new byte[Math.toIntExact(spans.get(k)[1] - spans.get(k)[0])];
                raf.seek(spans.get(k)[0]);
                raf.readFully(bytes);
                out.write(bytes);
                list.append(in[0]).append('\t').append(in[1]).append('\t').append(fileName).append('\t').append(in[3]).append('\n');
                copied++;
            }
        }
        return copied;
    }

    /** Id, type, the record it is tied to, and block digest. */
    private static String[] describe(WarcRecord r) {
        String tie = r.headers().first("WARC-Concurrent-To").map(EvidenceExport::bare)
                .or(() -> r.headers().first("WARC-Refers-To").map(EvidenceExport::bare)).orElse("");
        return new String[] {r.id().toString(), r.type(), tie, r.headers().first("WARC-Block-Digest").orElse("")};
    }

    private static String bare(String uri) {
        return uri.strip().replaceAll("^<|>$", "");
    }

    private byte[] manifestLines(Set<String> warcFiles) throws IOException {
        Path manifest = evidenceDir.resolve("manifest.jsonl");
        StringBuilder out = new StringBuilder();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                for (String f : warcFiles) {
                    if (line.contains("\"file\":\"" + f + "\"")) {
                        out.append(line).append('\n');
                    }
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String readme(ReferralPackage pkg) {
        return """
                Tidewatch evidence export for referral report %s (%s), prepared by %s at %s.

                Contents
                  report/          the referral report (JSON, CSV and, when fonts were available, PDF)
                  records/*.warc.gz the WARC records of each referred capture, copied byte for byte from the
                                   evidence store (with the request record and Tidewatch's post metadata record
                                   tied to it); RECORDS.tsv lists each record's id, type, source file and digest
                  manifest/        manifest.jsonl: the evidence store's hash-chained list of sealed WARC files;
                                   manifest-entries.jsonl: the entries of the source files named in RECORDS.tsv
                  SHA256SUMS       SHA-256 of every file above
                  MISSING.txt      (only if present) items whose capture could not be found

                How to verify
                  1. File integrity:  sha256sum -c SHA256SUMS
                  2. Record digests (WARC-Block-Digest and WARC-Payload-Digest, SHA-256), with standard tools:
                       jwarc validate records/*.warc.gz        (java -jar jwarc.jar validate …)
                       warcio check -v records/*.warc.gz       (pip install warcio)
                  3. The payload SHA-256 of each capture equals the item's "sha256" in the report:
                       warcio extract --payload FILE OFFSET | sha256sum
                  4. Each source WARC file's SHA-256 and record count are sealed in manifest.jsonl; each entry's
                     "hash" is SHA-256 over its fields and "prev" links it to the entry before, so the chain from
                     the first entry can be recomputed (or run `tidewatch evidence verify` on the original store).
                     The whole source files are kept in the store and can be produced to compare with these sums.

                Times are UTC. WARC records are one gzip member each (ISO 28500, WARC/1.1).
                """.formatted(pkg.id(), pkg.platform(), pkg.author(), pkg.createdAt());
    }
}
