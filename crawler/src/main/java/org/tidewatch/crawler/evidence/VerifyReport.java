package org.tidewatch.crawler.evidence;

import java.util.List;

/**
 * What {@link EvidenceVerifier#verify()} checked and found.
 *
 * @param files          WARC files read, in capture order
 * @param recordsChecked records whose block and payload digests were recomputed
 * @param postsChecked   post records whose evidence reference was matched to its capture
 * @param manifestEntries entries of the manifest whose chain was checked
 * @param manifestHead   hash of the last manifest entry: write it down elsewhere to anchor the chain
 *                       ({@link ManifestEntry#GENESIS} when the manifest is empty)
 * @param problems       every mismatch, naming file and record; empty when the evidence is intact
 * @param notes          facts that are not mismatches (a file still being written, a torn tail set aside)
 */
public record VerifyReport(List<String> files, long recordsChecked, long postsChecked, long manifestEntries, String manifestHead,
                           List<VerifyProblem> problems, List<String> notes) {
    public VerifyReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** Whether every digest, file hash and manifest link matched. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The report as lines for a terminal: what was checked, the notes, then each problem (file, record, what). */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("checked " + files.size() + " WARC files, " + recordsChecked + " records, " + postsChecked
                + " post references, " + manifestEntries + " manifest entries");
        lines.add("manifest head: " + manifestHead);
        notes.forEach(n -> lines.add("note: " + n));
        problems.forEach(p -> lines.add("MISMATCH " + p));
        lines.add(ok() ? "evidence intact" : problems.size() + " mismatches");
        return lines;
    }
}
