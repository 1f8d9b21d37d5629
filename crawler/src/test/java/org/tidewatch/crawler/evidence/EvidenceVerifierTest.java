package org.tidewatch.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.T0;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.channelPage;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.edited;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.exchange;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.indexOf;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.members;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.post;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.replaceMember;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.PostIds;

class EvidenceVerifierTest {
    @TempDir
    Path dir;
    private final List<EvidenceRef> refs = new ArrayList<>();

    /** Two sealed files of one exchange and its post each. */
    @BeforeEach
    void recordEvidence() throws Exception {
        try (WarcEvidenceStore store = WarcEvidenceStore.openDirectory(dir, 1, Clock.fixed(T0, ZoneOffset.UTC))) {
            for (String id : List.of("a", "b")) {
                EvidenceRef ref = store.recordExchange(exchange("https://example.org/" + id, channelPage()));
                store.recordPost(post(id, "post " + id, ref));
                refs.add(ref);
            }
        }
    }

    private Path file(int i) {
        return dir.resolve(refs.get(i).warcFile());
    }

    /** Rewrites the response record of exchange {@code n} with one string replaced, as a valid gzip member. */
    private void editResponse(int n, String from, String to) throws Exception {
        int i = indexOf(file(n), refs.get(n).recordId());
        replaceMember(file(n), i, edited(members(file(n)).get(i).data(), from, to));
    }

    @Test
    void passesOnIntactEvidenceReportingWhatItChecked() {
        VerifyReport report = new EvidenceVerifier(dir).verify();
        assertThat(report.ok()).isTrue();
        // Each exchange rotates: file 1 holds warcinfo, response, request; the post record opens file 2, and so on.
        assertThat(report.files()).hasSize(4);
        assertThat(report.recordsChecked()).isEqualTo(3 + 2 + 3 + 2);
        assertThat(report.postsChecked()).isEqualTo(2);
        assertThat(report.manifestEntries()).isEqualTo(4);
        assertThat(report.manifestHead()).isNotEqualTo(ManifestEntry.GENESIS).hasSize(64);
    }

    @Test
    void readsTheFileStillBeingWrittenAndNotesItIsNotSealedYet() throws Exception {
        Path live = dir.resolve("live");
        try (WarcEvidenceStore store = WarcEvidenceStore.openDirectory(live, WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES, Clock.systemUTC())) {
            EvidenceRef ref = store.recordExchange(exchange("https://example.org/live", channelPage()));
            store.recordPost(post("live", "while running", ref));
            VerifyReport report = new EvidenceVerifier(live).verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.recordsChecked()).isEqualTo(4);
            assertThat(report.postsChecked()).isEqualTo(1);
            assertThat(report.notes()).containsExactly(ref.warcFile()
                    + ": not sealed in the manifest yet (being written, or sealed when the store next opens)");
        }
    }

    @Test
    void failsOnAFlippedByteInAPayloadNamingFileAndRecord() throws Exception {
        editResponse(0, "boat trip", "boat trap");

        VerifyReport report = new EvidenceVerifier(dir).verify();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).filteredOn(p -> p.recordId().equals(refs.get(0).recordId()))
                .extracting(VerifyProblem::file, p -> p.message().split(" ")[0])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(refs.get(0).warcFile(), "WARC-Block-Digest"),
                        org.assertj.core.groups.Tuple.tuple(refs.get(0).warcFile(), "WARC-Payload-Digest"));
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(refs.get(0).warcFile());
            assertThat(p.message()).contains("differs from the manifest");
        });
    }

    @Test
    void failsOnAFlippedByteInAnHttpHeaderWhileThePayloadStillMatches() throws Exception {
        editResponse(1, "text/html; charset=utf-8", "text/html; charset=utf-9");

        List<VerifyProblem> problems = new EvidenceVerifier(dir).verify().problems();
        assertThat(problems).filteredOn(p -> p.recordId().equals(refs.get(1).recordId()))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("WARC-Block-Digest ").contains("does not match the stored bytes"));
    }

    @Test
    void failsOnAFlippedByteInAWarcHeaderThroughTheFileHash() throws Exception {
        editResponse(0, "WARC-Target-URI: https://example.org/a", "WARC-Target-URI: https://example.org/b");

        // WARC headers are outside the block digests: the sealed file's hash is what catches this.
        List<VerifyProblem> problems = new EvidenceVerifier(dir).verify().problems();
        assertThat(problems).extracting(VerifyProblem::file, VerifyProblem::recordId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(refs.get(0).warcFile(), "whole file"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).startsWith("SHA-256 ").endsWith("the file was changed after it was sealed"));
    }

    @Test
    void failsOnAFlippedByteInTheCompressedBytes() throws Exception {
        GzipMembers.Member response = members(file(0)).get(indexOf(file(0), refs.get(0).recordId()));
        byte[] all = Files.readAllBytes(file(0));
        int at = (int) (response.offset() + response.length() - 40);
        all[at] ^= 0x10;
        Files.write(file(0), all);

        List<VerifyProblem> problems = new EvidenceVerifier(dir).verify().problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(refs.get(0).warcFile());
            assertThat(p.recordId()).isIn(refs.get(0).recordId(), "offset " + response.offset());
        });
    }

    @Test
    void failsOnAFileRewrittenWithFreshDigests() throws Exception {
        int i = indexOf(file(0), refs.get(0).recordId());
        byte[] forged = channelPage().clone();
        System.arraycopy("Nothing to see".getBytes(StandardCharsets.US_ASCII), 0, forged, 200, 14);
        WarcRecords.Built rebuilt = WarcRecords.response(exchange("https://example.org/a", forged),
                UUID.fromString(refs.get(0).recordId().substring("urn:uuid:".length())));
        byte[] all = Files.readAllBytes(file(0));
        GzipMembers.Member old = members(file(0)).get(i);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(all, 0, (int) old.offset());
        out.write(rebuilt.member());
        out.write(all, (int) (old.offset() + old.length()), all.length - (int) (old.offset() + old.length()));
        Files.write(file(0), out.toByteArray());

        VerifyReport report = new EvidenceVerifier(dir).verify();
        // Every record digest holds: the file hash sealed in the manifest and the hash the post kept show the rewrite.
        assertThat(report.problems()).extracting(VerifyProblem::recordId).doesNotContain(refs.get(0).recordId());
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(refs.get(0).warcFile());
            assertThat(p.message()).startsWith("SHA-256 ").endsWith("the file was changed after it was sealed");
        });
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("post html:a refers to "
                + refs.get(0).recordId() + " in " + refs.get(0).warcFile() + " with SHA-256 " + refs.get(0).sha256()
                + ", but the captured payload has " + PostIds.sha256Hex(forged)));

        // Rewriting the file's manifest entry too, with its own hash recomputed, breaks the link from the next entry.
        Path manifest = dir.resolve("manifest.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        ManifestEntry e = PostJson.MAPPER.readValue(lines.getFirst(), ManifestEntry.class);
        ManifestEntry forgedEntry = ManifestEntry.chained(null, e.file(), Files.size(file(0)), Sha256.hexOfFile(file(0)),
                e.records(), e.sealedAt(), 0);
        lines.set(0, PostJson.MAPPER.writeValueAsString(forgedEntry));
        Files.write(manifest, lines);

        List<VerifyProblem> afterManifestRewrite = new EvidenceVerifier(dir).verify().problems();
        assertThat(afterManifestRewrite).extracting(VerifyProblem::file).doesNotContain(refs.get(0).warcFile());
        assertThat(afterManifestRewrite).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("manifest.jsonl");
            assertThat(p.recordId()).isEqualTo("entry 2");
            assertThat(p.message()).startsWith("chain broken: prev " + e.hash());
        });
    }

    @Test
    void failsOnAManifestEntryEditedWithoutItsHash() throws Exception {
        Path manifest = dir.resolve("manifest.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        lines.set(1, lines.get(1).replaceFirst("\"records\":\\d+", "\"records\":99"));
        Files.write(manifest, lines);

        assertThat(new EvidenceVerifier(dir).verify().problems()).extracting(VerifyProblem::file, VerifyProblem::recordId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("manifest.jsonl", "entry 2"),
                        org.assertj.core.groups.Tuple.tuple(Path.of(lines.get(1).replaceAll(".*\"file\":\"([^\"]+)\".*", "$1")).toString(), "whole file"));
    }

    @Test
    void failsOnASealedFileThatWentMissing() throws Exception {
        Files.delete(file(1));
        VerifyReport report = new EvidenceVerifier(dir).verify();
        String missing = refs.get(1).warcFile() + " [whole file]: listed in the manifest but missing";
        assertThat(report.problems()).extracting(VerifyProblem::toString).hasSize(2).contains(missing);
        assertThat(report.problems().get(1).message()).isEqualTo("post html:b refers to " + refs.get(1).recordId() + " in "
                + refs.get(1).warcFile() + ", which is not in the evidence");
        assertThat(report.describe()).containsExactly(
                "checked 3 WARC files, 7 records, 2 post references, 4 manifest entries",
                "manifest head: " + report.manifestHead(),
                "MISMATCH " + missing,
                "MISMATCH " + report.problems().get(1),
                "2 mismatches");
    }
}
