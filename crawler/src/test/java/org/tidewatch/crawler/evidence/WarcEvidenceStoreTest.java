package org.tidewatch.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.T0;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.channelPage;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.exchange;
import static org.tidewatch.crawler.evidence.EvidenceFixtures.post;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;

class WarcEvidenceStoreTest {
    @TempDir
    Path data;

    private WarcEvidenceStore open(long maxBytes) {
        return WarcEvidenceStore.openDirectory(WarcEvidenceStore.evidenceDir(data), maxBytes, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void storesAnExchangeAsResponseAndRequestRecordsReadableByJwarc() throws Exception {
        byte[] page = channelPage();
        EvidenceRef ref;
        try (WarcEvidenceStore store = WarcEvidenceStore.open(data)) {
            ref = store.recordExchange(exchange("https://example.org/channel?page=2", page));
        }
        assertThat(ref.sha256()).isEqualTo(PostIds.sha256Hex(page));
        Path file = data.resolve("evidence").resolve(ref.warcFile());
        List<String> types = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord r : reader) {
                types.add(r.type());
                if (r instanceof WarcResponse resp) {
                    assertThat(resp.id().toString()).isEqualTo(ref.recordId());
                    assertThat(resp.target()).isEqualTo("https://example.org/channel?page=2");
                    assertThat(resp.http().status()).isEqualTo(200);
                    assertThat(resp.http().body().stream().readAllBytes()).isEqualTo(page);
                    // The body is stored decoded, so the wire encoding headers are kept only under another name.
                    assertThat(resp.http().headers().all("Content-Encoding")).isEmpty();
                    assertThat(resp.http().headers().first("X-Tidewatch-Original-Content-Encoding")).contains("gzip");
                    assertThat(resp.http().headers().first("Content-Length")).contains(Integer.toString(page.length));
                    assertThat(resp.headers().first("WARC-Payload-Digest")).isPresent();
                    assertThat(resp.headers().first("WARC-Protocol")).contains("h2");
                    assertThat(resp.headers().first("WARC-IP-Address")).contains("127.0.0.1");
                    assertThat(resp.headers().first("WARC-Date")).contains("2026-03-03T10:15:30.123Z");
                } else if (r instanceof WarcRequest req) {
                    assertThat(req.concurrentTo()).containsExactly(URI.create(ref.recordId()));
                    assertThat(req.http().method()).isEqualTo("GET");
                    assertThat(req.http().target()).isEqualTo("/channel?page=2");
                    assertThat(req.http().headers().first("Host")).contains("example.org");
                    assertThat(req.http().headers().first("User-Agent")).contains("Tidewatch-test/1.0");
                }
            }
        }
        assertThat(types).containsExactly("warcinfo", "response", "request");
    }

    @Test
    void storesImportsAsResourcesAndPostsAsMetadataReferringToTheirCapture() throws Exception {
        byte[] line = "{\"id\":\"1\",\"text\":\"sample import\"}".getBytes(StandardCharsets.UTF_8);
        EvidenceRef ref;
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            ref = store.recordResource("urn:tidewatch:ingest:export.jsonl:1", T0, "application/json", line);
            store.recordPost(post("1", "sample import", ref));
        }
        Path file = data.resolve("evidence").resolve(ref.warcFile());
        List<StoredRecord> records = new ArrayList<>();
        for (GzipMembers.Member m : EvidenceFixtures.members(file)) {
            records.add(StoredRecord.parse(m));
        }
        assertThat(records).extracting(StoredRecord::type).containsExactly("warcinfo", "resource", "metadata");
        assertThat(records.get(1).block()).isEqualTo(line);
        assertThat(records.get(1).id()).isEqualTo(ref.recordId());
        assertThat(records.get(2).header("WARC-Refers-To")).contains("<" + ref.recordId() + ">");
        assertThat(records.get(2).header("WARC-Concurrent-To")).contains("<" + ref.recordId() + ">");
        assertThat(PostJson.read(records.get(2).block())).isEqualTo(post("1", "sample import", ref));
    }

    @Test
    void rejectsAPostWithoutEvidenceNamingIt() throws Exception {
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            assertThatThrownBy(() -> store.recordPost(post("7", "no capture", null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("post html:7 has no evidence: store its capture first");
        }
    }

    @Test
    void rotatesFilesBySizeAndSealsEachInTheChainedManifest() throws Exception {
        List<EvidenceRef> refs = new ArrayList<>();
        try (WarcEvidenceStore store = open(1)) {
            for (int i = 0; i < 3; i++) {
                refs.add(store.recordExchange(exchange("https://example.org/p/" + i, channelPage())));
            }
        }
        assertThat(refs).extracting(EvidenceRef::warcFile).doesNotHaveDuplicates();
        List<ManifestEntry> entries = Manifest.read(data.resolve("evidence/manifest.jsonl")).entries();
        assertThat(entries).extracting(ManifestEntry::file).containsExactlyElementsOf(refs.stream().map(EvidenceRef::warcFile).toList());
        assertThat(entries).extracting(ManifestEntry::records).containsOnly(3L);
        assertThat(entries.get(0).prev()).isEqualTo(ManifestEntry.GENESIS);
        assertThat(entries.get(1).prev()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).sha256()).isEqualTo(Sha256.hexOfFile(data.resolve("evidence").resolve(refs.get(2).warcFile())));
    }

    @Test
    void writesABulkImportInOneSyncAcrossRotations() throws Exception {
        List<Post> imported = new ArrayList<>();
        try (WarcEvidenceStore store = open(600)) {
            int written = store.inOneSync(() -> {
                for (int i = 0; i < 6; i++) {
                    byte[] line = ("{\"id\":\"" + i + "\",\"text\":\"bulk line " + i + "\"}").getBytes(StandardCharsets.UTF_8);
                    EvidenceRef ref = store.recordResource("urn:tidewatch:ingest:bulk.jsonl:" + i, T0, "application/json", line);
                    Post p = post("bulk-" + i, "bulk line " + i, ref);
                    store.recordPost(p);
                    imported.add(p);
                }
                return imported.size();
            });
            assertThat(written).isEqualTo(6);
        }
        List<Post> replayed = new ArrayList<>();
        new EvidenceReplay(data.resolve("evidence")).replay(replayed::add);
        assertThat(replayed).containsExactlyElementsOf(imported);
        VerifyReport report = new EvidenceVerifier(data.resolve("evidence")).verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.files()).hasSizeGreaterThan(1);
    }

    @Test
    void refusesASecondStoreOnTheSameDirectory() throws Exception {
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            assertThatThrownBy(() -> open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("is in use by another Tidewatch process");
        }
    }

    @Test
    void keepsEveryRecordWrittenFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (WarcEvidenceStore store = open(64 * 1024)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        EvidenceRef ref = store.recordExchange(exchange("https://example.org/t" + thread + "/" + i, channelPage()));
                        store.recordPost(post(thread + "-" + i, "post " + thread + "-" + i, ref));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        VerifyReport report = new EvidenceVerifier(data.resolve("evidence")).verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.recordsChecked()).isEqualTo(4 * 20 * 3 + report.files().size());
        List<Post> replayed = new ArrayList<>();
        new EvidenceReplay(data.resolve("evidence")).replay(replayed::add);
        assertThat(replayed).hasSize(80);
    }

    @Test
    void setsATornLastRecordAsideAndSealsTheFileWhenReopenedAfterACrash() throws Exception {
        Path crashed = data.resolve("crashed");
        EvidenceRef kept;
        byte[] tornMember;
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            kept = store.recordExchange(exchange("https://example.org/kept", channelPage()));
            store.recordPost(post("kept", "kept", kept));
            // What a kill -9 leaves: everything acknowledged is on disk, the store never closed.
            copyDirectory(store.directory(), crashed);
            tornMember = WarcRecords.response(exchange("https://example.org/torn", channelPage()), java.util.UUID.randomUUID()).member();
        }
        Path file = crashed.resolve(kept.warcFile());
        long acknowledged = Files.size(file);
        byte[] half = java.util.Arrays.copyOf(tornMember, tornMember.length / 2);
        Files.write(file, half, java.nio.file.StandardOpenOption.APPEND);

        EvidenceRef next;
        try (WarcEvidenceStore store = WarcEvidenceStore.openDirectory(crashed, WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES, Clock.systemUTC())) {
            assertThat(store.recoveryNotes()).containsExactly(
                    kept.warcFile() + ": " + half.length + " bytes of a record torn by a crash moved to " + kept.warcFile() + ".torn",
                    kept.warcFile() + ": sealed after a crash with 4 records");
            next = store.recordExchange(exchange("https://example.org/after", channelPage()));
        }
        assertThat(Files.size(file)).isEqualTo(acknowledged);
        assertThat(Files.readAllBytes(crashed.resolve(kept.warcFile() + ".torn"))).isEqualTo(half);
        assertThat(next.warcFile()).isNotEqualTo(kept.warcFile());
        ManifestEntry sealed = Manifest.read(crashed.resolve("manifest.jsonl")).entries().getFirst();
        assertThat(sealed.file()).isEqualTo(kept.warcFile());
        assertThat(sealed.tornBytes()).isEqualTo(half.length);
        VerifyReport report = new EvidenceVerifier(crashed).verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.notes()).containsExactly(kept.warcFile() + ".torn: bytes of a record torn by a crash, set aside by recovery");
        List<Post> replayed = new ArrayList<>();
        new EvidenceReplay(crashed).replay(replayed::add);
        assertThat(replayed).containsExactly(post("kept", "kept", kept));
    }

    @Test
    void dropsAManifestLineTornByACrashAndSealsItsFileAgain() throws Exception {
        EvidenceRef ref;
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            ref = store.recordExchange(exchange("https://example.org/a", channelPage()));
        }
        Path manifest = data.resolve("evidence/manifest.jsonl");
        byte[] line = Files.readAllBytes(manifest);
        Files.write(manifest, java.util.Arrays.copyOf(line, line.length - 20));
        try (WarcEvidenceStore store = open(WarcEvidenceStore.DEFAULT_MAX_FILE_BYTES)) {
            assertThat(store.recoveryNotes()).containsExactly(ref.warcFile() + ": sealed after a crash with 3 records");
        }
        assertThat(Manifest.read(manifest).entries()).extracting(ManifestEntry::file).containsExactly(ref.warcFile());
        assertThat(new EvidenceVerifier(data.resolve("evidence")).verify().problems()).isEmpty();
    }

    @Test
    void refusesToOpenOverADamagedManifestNamingIt() throws Exception {
        try (WarcEvidenceStore store = open(1)) {
            store.recordExchange(exchange("https://example.org/a", channelPage()));
            store.recordExchange(exchange("https://example.org/b", channelPage()));
        }
        Path manifest = data.resolve("evidence/manifest.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest));
        lines.set(0, "{\"seq\":1,\"file\":");
        Files.write(manifest, lines);
        assertThatThrownBy(() -> open(1))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot open the evidence store: the evidence manifest " + manifest + " is damaged (line 1 is not a manifest entry: ")
                .hasMessageEndingWith("run `tidewatch evidence verify` and restore it before collecting more evidence");
    }

    private static void copyDirectory(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals(".lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}
