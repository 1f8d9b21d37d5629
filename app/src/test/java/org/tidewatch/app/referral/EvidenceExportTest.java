package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;

class EvidenceExportTest {
    @TempDir
    Path dir;

    @Test
    void zipHoldsTheCapturesWithValidDigestsTheManifestEntryTheReportAndSums() throws Exception {
        Path evidenceDir = dir.resolve("evidence");
        List<EnrichedPost> posts = new ArrayList<>();
        Map<String, byte[]> captured = new LinkedHashMap<>();
        String unrelatedId;
        try (WarcEvidenceStore store = WarcEvidenceStore.openDirectory(evidenceDir, WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES,
                Clock.systemUTC())) {
            for (String id : List.of("21", "22")) {
                EnrichedPost ep = Posts.offer("telegram", id, "ar", "حرقة من زوارة " + id);
                byte[] raw = ("{\"id\":\"" + id + "\",\"text\":\"" + ep.post().text() + "\"}").getBytes(StandardCharsets.UTF_8);
                EvidenceRef ref = store.recordResource(ep.post().url(), Instant.parse("2026-11-02T09:15:00Z"),
                        "application/json", raw);
                Post withRef = ep.post().withEvidence(ref);
                store.recordPost(withRef);
                posts.add(new EnrichedPost(withRef, ep.enrichment()));
                captured.put(ref.recordId(), raw);
            }
            unrelatedId = store.recordResource("https://telegram.example/p/99", Instant.parse("2026-11-02T09:16:00Z"),
                    "application/json", "{\"id\":\"99\"}".getBytes(StandardCharsets.UTF_8)).recordId();
        }
        ReferralPackage pkg = new ReferralBuilder(new ReferralStore(Database.inMemory("ev-" + UUID.randomUUID())),
                HumanitarianGuard.standard(), ReferralSettings.defaults("Liaison Unit", "liaison@police.example"),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC))
                .build(posts, null, "q", "liaison1", false).getFirst();

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        EvidenceExport.Result result = new EvidenceExport(evidenceDir).export(pkg, null, zip);
        Map<String, byte[]> files = unzip(zip.toByteArray());

        String warcName = pkg.items().getFirst().warcFile();
        String extract = "records/" + warcName.replace(".warc.gz", "") + "-extract.warc.gz";
        assertThat(files).containsKeys(extract, "records/RECORDS.tsv", "manifest/manifest.jsonl",
                "manifest/manifest-entries.jsonl", "report/" + pkg.id() + ".json", "report/" + pkg.id() + ".csv",
                "README.txt", "SHA256SUMS");
        assertThat(files).doesNotContainKey("MISSING.txt");
        assertThat(result).isEqualTo(new EvidenceExport.Result(4, 2, List.of()));

        Map<String, String> types = new LinkedHashMap<>();
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(files.get(extract)))) {
            for (WarcRecord r : reader) {
                // Resource and metadata records: the block is the body, so its SHA-256 must equal WARC-Block-Digest.
                byte[] block = r.body().stream().readAllBytes();
                assertThat(r.blockDigest().orElseThrow().hex()).as("block digest of %s", r.id())
                        .isEqualTo(EvidenceExport.sha256(block));
                types.put(r.id().toString(), r.type());
                byte[] expected = captured.get(r.id().toString());
                if (expected != null) {
                    assertThat(block).isEqualTo(expected);
                    assertThat(EvidenceExport.sha256(block)).isEqualTo(pkg.items().stream()
                            .filter(i -> i.warcRecordId().equals(r.id().toString())).findFirst().orElseThrow().sha256());
                }
            }
        }
        assertThat(types).containsKeys(captured.keySet().toArray(String[]::new)).doesNotContainKey(unrelatedId);
        assertThat(types.values()).containsExactly("resource", "metadata", "resource", "metadata");

        String entries = new String(files.get("manifest/manifest-entries.jsonl"), StandardCharsets.UTF_8);
        assertThat(entries.lines()).hasSize(1).allMatch(l -> l.contains("\"file\":\"" + warcName + "\""));
        for (String line : new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8).lines().toList()) {
            String[] parts = line.split("  ", 2);
            assertThat(EvidenceExport.sha256(files.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("sha256sum -c SHA256SUMS",
                "warcio check", "jwarc validate");
    }

    @Test
    void listsItemsWhoseCaptureIsMissing() throws Exception {
        ReferralPackage pkg = new ReferralBuilder(new ReferralStore(Database.inMemory("ev-" + UUID.randomUUID())),
                HumanitarianGuard.standard(), ReferralSettings.defaults("Liaison Unit", "liaison@police.example"),
                Clock.systemUTC()).build(List.of(Posts.offer("telegram", "31", "en", "Boat to Lampedusa 4000 euro")),
                null, "q", "l", false).getFirst();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        EvidenceExport.Result r = new EvidenceExport(dir).export(pkg, null, zip);
        assertThat(r.missing()).containsExactly("telegram:31: WARC file tidewatch-00001-20261102.warc.gz not found in " + dir);
        assertThat(new String(unzip(zip.toByteArray()).get("MISSING.txt"), StandardCharsets.UTF_8))
                .isEqualTo("telegram:31: WARC file tidewatch-00001-20261102.warc.gz not found in " + dir + "\n");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
