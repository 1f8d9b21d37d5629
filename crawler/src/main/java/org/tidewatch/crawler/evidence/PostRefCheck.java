package org.tidewatch.crawler.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

/**
 * Checks that every post record points at a capture that exists, in the file it names, with the SHA-256 it claims:
 * the link between what the index shows and the bytes that were online.
 */
final class PostRefCheck {
    /** Where a capture was found and the SHA-256 of its payload. */
    private record Capture(String file, String sha256) {
    }

    /** A post record and the capture it claims. */
    private record Claim(String file, String recordId, String postId, EvidenceRef ref) {
    }

    private final Map<String, Capture> captures = new HashMap<>();
    private final List<Claim> claims = new ArrayList<>();

    /** Takes note of a record: response and resource records are captures, post records are claims. */
    void add(String file, StoredRecord r, List<VerifyProblem> problems) {
        if (r.type().equals("response") || r.type().equals("resource")) {
            captures.put(r.id(), new Capture(file, Sha256.hex(Sha256.of(r.payload()))));
        } else if (r.type().equals("metadata")
                && r.header("Content-Type").map(t -> t.startsWith(WarcRecords.POST_MEDIA_TYPE)).orElse(false)) {
            try {
                Post post = PostJson.read(r.block());
                if (post.evidence() == null) {
                    problems.add(new VerifyProblem(file, r.id(), "post " + post.id() + " has no evidence reference"));
                } else {
                    claims.add(new Claim(file, r.id(), post.id(), post.evidence()));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new VerifyProblem(file, r.id(), e.getMessage()));
            }
        }
    }

    /** Reports every claim whose capture is missing, elsewhere, or has other bytes; returns how many were checked. */
    long check(List<VerifyProblem> problems) {
        for (Claim c : claims) {
            Capture found = captures.get(c.ref().recordId());
            String what = "post " + c.postId() + " refers to " + c.ref().recordId() + " in " + c.ref().warcFile();
            if (found == null) {
                problems.add(new VerifyProblem(c.file(), c.recordId(), what + ", which is not in the evidence"));
            } else if (!found.file().equals(c.ref().warcFile())) {
                problems.add(new VerifyProblem(c.file(), c.recordId(), what + ", which is in " + found.file()));
            } else if (!found.sha256().equals(c.ref().sha256())) {
                problems.add(new VerifyProblem(c.file(), c.recordId(), what + " with SHA-256 " + c.ref().sha256()
                        + ", but the captured payload has " + found.sha256()));
            }
        }
        return claims.size();
    }
}
