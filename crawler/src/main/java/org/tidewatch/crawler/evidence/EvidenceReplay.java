package org.tidewatch.crawler.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

/**
 * Reads back every post kept in an evidence directory, for {@code tidewatch reindex}: the post records written by
 * {@link EvidenceStore#recordPost}, plus imported resources that never got a post record (through a
 * {@link ResourceDecoder}). A post captured several times is yielded once, in its latest version, in the order of
 * those latest captures. Two passes over the files keep memory to one entry per post id.
 */
public final class EvidenceReplay {
    private final Path dir;
    private final ResourceDecoder decoder;

    /** Replays post records only. */
    public EvidenceReplay(Path evidenceDir) {
        this(evidenceDir, ResourceDecoder.NONE);
    }

    /** Replays post records, and imported resources without one through {@code decoder}. */
    public EvidenceReplay(Path evidenceDir, ResourceDecoder decoder) {
        this.dir = evidenceDir;
        this.decoder = decoder;
    }

    /** A record seen while scanning, with its place in capture order. */
    private interface Visitor {
        void visit(long ordinal, String file, StoredRecord record);
    }

    /** Hands every post, with its evidence, to {@code sink}; unreadable records are counted, never fatal. */
    public ReplaySummary replay(Consumer<Post> sink) {
        List<String> failures = new ArrayList<>();
        Map<String, Long> latest = new HashMap<>();
        Set<String> referred = new HashSet<>();
        Map<Long, String[]> resources = new TreeMap<>();
        long[] postRecords = {0};
        long records = scan(failures, (ordinal, file, r) -> {
            if (isPost(r)) {
                decodePost(file, r, failures).ifPresent(p -> {
                    postRecords[0]++;
                    latest.put(p.id(), ordinal);
                    referred.add(p.evidence().recordId());
                });
            } else if (isResource(r) && decoder != ResourceDecoder.NONE) {
                decodeResource(file, r, failures).ifPresent(p -> resources.put(ordinal, new String[] {r.id(), p.id()}));
            }
        });
        // A resource is written before the post record that refers to it, so orphans are only known after pass 1.
        long orphans = 0;
        Set<Long> chosenResources = new HashSet<>();
        for (Map.Entry<Long, String[]> e : resources.entrySet()) {
            if (referred.contains(e.getValue()[0])) {
                continue;
            }
            orphans++;
            postRecords[0]++;
            Long current = latest.get(e.getValue()[1]);
            if (current == null || current < e.getKey()) {
                latest.put(e.getValue()[1], e.getKey());
                chosenResources.add(e.getKey());
            }
        }
        long[] yielded = {0};
        scan(new ArrayList<>(), (ordinal, file, r) -> {
            Optional<Post> post = Optional.empty();
            if (isPost(r)) {
                post = decodePost(file, r, new ArrayList<>());
            } else if (chosenResources.contains(ordinal)) {
                post = decodeResource(file, r, new ArrayList<>());
            }
            post.filter(p -> Long.valueOf(ordinal).equals(latest.get(p.id()))).ifPresent(p -> {
                yielded[0]++;
                sink.accept(p);
            });
        });
        return new ReplaySummary(records, yielded[0], postRecords[0] - yielded[0], orphans, failures);
    }

    private static boolean isPost(StoredRecord r) {
        return r.type().equals("metadata")
                && r.header("Content-Type").map(t -> t.startsWith(WarcRecords.POST_MEDIA_TYPE)).orElse(false);
    }

    private static boolean isResource(StoredRecord r) {
        return r.type().equals("resource");
    }

    private static Optional<Post> decodePost(String file, StoredRecord r, List<String> failures) {
        try {
            Post post = PostJson.read(r.block());
            if (post.evidence() == null) {
                failures.add(file + " [" + r.id() + "]: post " + post.id() + " has no evidence reference");
                return Optional.empty();
            }
            return Optional.of(post);
        } catch (IllegalArgumentException e) {
            failures.add(file + " [" + r.id() + "]: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Post> decodeResource(String file, StoredRecord r, List<String> failures) {
        EvidenceRef ref = new EvidenceRef(file, r.id(), Sha256.hex(Sha256.of(r.block())));
        Instant at = r.header("WARC-Date").map(Instant::parse).orElse(null);
        ImportedResource resource = new ImportedResource(r.header("WARC-Target-URI").orElse(""), at,
                r.header("Content-Type").orElse("application/octet-stream"), r.block(), ref);
        try {
            return decoder.decode(resource).map(p -> p.evidence() == null ? p.withEvidence(ref) : p);
        } catch (IllegalArgumentException e) {
            failures.add(file + " [" + r.id() + "]: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Visits every readable record of every file in capture order; returns how many were read. */
    private long scan(List<String> failures, Visitor visitor) {
        long ordinal = 0;
        for (Path path : EvidenceFiles.warcFiles(dir)) {
            String file = path.getFileName().toString();
            try (GzipMembers members = new GzipMembers(path)) {
                for (GzipMembers.Member m; (m = members.next()) != null; ) {
                    ordinal++;
                    try {
                        visitor.visit(ordinal, file, StoredRecord.parse(m));
                    } catch (IOException e) {
                        failures.add(file + " [offset " + m.offset() + "]: " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                failures.add(file + ": " + e.getMessage());
            }
        }
        return ordinal;
    }
}
