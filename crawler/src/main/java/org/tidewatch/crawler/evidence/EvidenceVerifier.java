package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.WarcDigest;

/**
 * Re-reads every WARC file of an evidence directory and checks each record's block and payload digests, each gzip
 * CRC, every file's size and SHA-256 against the manifest, the manifest's hash chain, and that every post record
 * points at a capture with the SHA-256 it claims. Read-only: safe to run
 * while the store is being written (the file in progress is reported as a note).
 */
public final class EvidenceVerifier {
    private static final String MANIFEST = EvidenceFiles.MANIFEST;
    private final Path dir;

    /** Verifies the evidence directory {@code evidenceDir} (see {@link WarcEvidenceStore#evidenceDir}). */
    public EvidenceVerifier(Path evidenceDir) {
        this.dir = evidenceDir;
    }

    /** Checks everything; never throws for damaged evidence, which is reported as problems. */
    public VerifyReport verify() {
        List<VerifyProblem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Manifest.Lines lines;
        try {
            lines = Manifest.read(dir.resolve(MANIFEST));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evidence manifest in " + dir + ": " + e.getMessage(), e);
        }
        lines.unreadable().forEach(u -> problems.add(new VerifyProblem(MANIFEST, u.substring(0, u.indexOf(" is ")), u)));
        Map<String, ManifestEntry> sealed = checkChain(lines.entries(), problems);

        List<String> files = new ArrayList<>();
        Set<String> seenIds = new HashSet<>();
        PostRefCheck postRefs = new PostRefCheck();
        long records = 0;
        for (Path path : EvidenceFiles.warcFiles(dir)) {
            String name = path.getFileName().toString();
            files.add(name);
            ManifestEntry entry = sealed.get(name);
            long count = checkRecords(path, name, entry != null, seenIds, postRefs, problems, notes);
            records += count;
            if (entry == null) {
                notes.add(name + ": not sealed in the manifest yet (being written, or sealed when the store next opens)");
            } else {
                checkAgainstManifest(path, name, entry, count, problems);
            }
        }
        for (String name : sealed.keySet()) {
            if (!files.contains(name)) {
                problems.add(new VerifyProblem(name, "whole file", "listed in the manifest but missing"));
            }
        }
        long posts = postRefs.check(problems);
        EvidenceFiles.tornTails(dir).forEach(t -> notes.add(t.getFileName() + ": bytes of a record torn by a crash, set aside by recovery"));
        String head = lines.entries().isEmpty() ? ManifestEntry.GENESIS : lines.entries().getLast().hash();
        return new VerifyReport(files, records, posts, lines.entries().size(), head, problems, notes);
    }

    private static Map<String, ManifestEntry> checkChain(List<ManifestEntry> entries, List<VerifyProblem> problems) {
        Map<String, ManifestEntry> byFile = new HashMap<>();
        String prev = ManifestEntry.GENESIS;
        long seq = 1;
        for (ManifestEntry e : entries) {
            String where = "entry " + e.seq();
            if (e.seq() != seq) {
                problems.add(new VerifyProblem(MANIFEST, where, "expected entry " + seq + " here (entries removed or reordered)"));
            }
            if (!e.prev().equals(prev)) {
                problems.add(new VerifyProblem(MANIFEST, where, "chain broken: prev " + e.prev()
                        + " is not the hash of the entry before it (" + prev + "); an earlier entry was rewritten"));
            }
            if (!e.hash().equals(e.expectedHash())) {
                problems.add(new VerifyProblem(MANIFEST, where, "hash " + e.hash() + " does not match the entry for "
                        + e.file() + " (expected " + e.expectedHash() + "); the entry was rewritten"));
            }
            if (byFile.put(e.file(), e) != null) {
                problems.add(new VerifyProblem(MANIFEST, where, e.file() + " is sealed twice"));
            }
            prev = e.hash();
            seq++;
        }
        return byFile;
    }

    private static void checkAgainstManifest(Path path, String name, ManifestEntry entry, long count,
                                             List<VerifyProblem> problems) {
        try {
            long size = Files.size(path);
            if (size != entry.size()) {
                problems.add(new VerifyProblem(name, "whole file", "size " + size + " differs from the manifest (" + entry.size() + ")"));
            }
            String sha = Sha256.hexOfFile(path);
            if (!sha.equals(entry.sha256())) {
                problems.add(new VerifyProblem(name, "whole file", "SHA-256 " + sha + " differs from the manifest ("
                        + entry.sha256() + "): the file was changed after it was sealed"));
            }
        } catch (IOException e) {
            problems.add(new VerifyProblem(name, "whole file", "cannot be read: " + e.getMessage()));
        }
        if (count != entry.records()) {
            problems.add(new VerifyProblem(name, "whole file", count + " records read, the manifest says " + entry.records()));
        }
    }

    /** Checks each record of one file and returns how many were read. */
    private static long checkRecords(Path path, String name, boolean sealed, Set<String> seenIds, PostRefCheck postRefs,
                                     List<VerifyProblem> problems, List<String> notes) {
        long count = 0;
        try (GzipMembers members = new GzipMembers(path)) {
            for (GzipMembers.Member m; (m = members.next()) != null; ) {
                count++;
                StoredRecord r;
                try {
                    r = StoredRecord.parse(m);
                } catch (IOException e) {
                    problems.add(new VerifyProblem(name, "offset " + m.offset(), e.getMessage()));
                    continue;
                }
                if (!m.crcOk()) {
                    problems.add(new VerifyProblem(name, r.id(), "gzip CRC does not match the stored bytes"));
                }
                if (!seenIds.add(r.id())) {
                    problems.add(new VerifyProblem(name, r.id(), "record id used twice"));
                }
                checkDigest(name, r, "WARC-Block-Digest", r.block(), problems);
                if (!r.type().equals("warcinfo")) {
                    checkDigest(name, r, "WARC-Payload-Digest", r.payload(), problems);
                }
                postRefs.add(name, r, problems);
            }
        } catch (GzipMembers.BadMemberException e) {
            if (sealed) {
                problems.add(new VerifyProblem(name, "offset " + e.offset(), e.getMessage()));
            } else {
                notes.add(name + ": ends with an incomplete record (" + e.getMessage() + ")");
            }
        } catch (IOException e) {
            problems.add(new VerifyProblem(name, "whole file", "cannot be read: " + e.getMessage()));
        }
        return count;
    }

    private static void checkDigest(String file, StoredRecord r, String header, byte[] content, List<VerifyProblem> problems) {
        Optional<String> declared = r.header(header);
        if (declared.isEmpty()) {
            problems.add(new VerifyProblem(file, r.id(), header + " missing"));
            return;
        }
        try {
            WarcDigest digest = new WarcDigest(declared.get());
            if (!digest.algorithm().equalsIgnoreCase("sha256") && !digest.algorithm().equalsIgnoreCase("sha-256")) {
                problems.add(new VerifyProblem(file, r.id(), header + " uses " + digest.algorithm() + ", expected sha256"));
            } else if (!MessageDigest.isEqual(digest.bytes(), Sha256.of(content))) {
                problems.add(new VerifyProblem(file, r.id(), header + " " + declared.get()
                        + " does not match the stored bytes (sha256 " + Sha256.hex(Sha256.of(content)) + ")"));
            }
        } catch (RuntimeException e) {
            problems.add(new VerifyProblem(file, r.id(), header + " unreadable: " + declared.get()));
        }
    }
}
