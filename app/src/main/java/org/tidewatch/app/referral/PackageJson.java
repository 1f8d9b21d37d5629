package org.tidewatch.app.referral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.Reason;

/** A package as JSON for platform tooling (snake_case fields, UTC ISO-8601 times), and back. */
public final class PackageJson implements PackageWriter {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void write(ReferralPackage pkg, OutputStream out) throws IOException {
        out.write(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(pkg)));
    }

    /** The package as a JSON tree. */
    public static ObjectNode toJson(ReferralPackage pkg) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", pkg.id());
        n.put("platform", pkg.platform());
        n.put("author", pkg.author());
        n.put("created_at", pkg.createdAt().toString());
        n.put("selection", pkg.selection());
        n.put("legal_basis", pkg.legalBasis());
        ObjectNode notice = n.putObject("dsa_notice");
        notice.put("explanation", pkg.notice().explanation());
        notice.set("urls", MAPPER.valueToTree(pkg.urls()));
        notice.put("notifier_name", pkg.notice().notifierName());
        notice.put("notifier_email", pkg.notice().notifierEmail());
        notice.put("good_faith_statement", pkg.notice().goodFaithStatement());
        ArrayNode items = n.putArray("items");
        for (ReferralItem i : pkg.items()) {
            ObjectNode o = items.addObject();
            o.put("platform", i.platform());
            o.put("url", i.url());
            o.put("account", i.account());
            o.put("post_id", i.postId());
            o.put("published_at", i.publishedAt() == null ? null : i.publishedAt().toString());
            o.put("captured_at", i.capturedAt().toString());
            o.put("sha256", i.sha256());
            o.put("warc_file", i.warcFile());
            o.put("warc_record_id", i.warcRecordId());
            o.put("lang", i.lang());
            o.put("text", i.text());
            ArrayNode reasons = o.putArray("reasons");
            for (Reason r : i.reasons()) {
                ObjectNode ro = reasons.addObject();
                ro.put("indicator", r.indicator());
                ro.put("matched", r.matched());
                ro.put("gloss", r.gloss());
                ro.put("weight", r.weight());
            }
        }
        ArrayNode excluded = n.putArray("held_back");
        for (Exclusion e : pkg.excluded()) {
            ObjectNode o = excluded.addObject();
            o.put("post_id", e.postId());
            o.put("platform", e.platform());
            o.put("url", e.url());
            o.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("reason", e.reason());
        }
        return n;
    }

    /** Reads a package written by {@link #toJson}. */
    public static ReferralPackage fromJson(JsonNode n) {
        JsonNode notice = n.path("dsa_notice");
        List<ReferralItem> items = new ArrayList<>();
        for (JsonNode o : n.path("items")) {
            List<Reason> reasons = new ArrayList<>();
            for (JsonNode r : o.path("reasons")) {
                reasons.add(new Reason(r.path("indicator").asText(), r.path("matched").asText(), r.path("gloss").asText(),
                        r.path("weight").asDouble()));
            }
            items.add(new ReferralItem(o.path("post_id").asText(), o.path("platform").asText(), o.path("url").asText(),
                    text(o, "account"), time(o, "published_at"), time(o, "captured_at"), text(o, "sha256"),
                    text(o, "warc_file"), text(o, "warc_record_id"), text(o, "lang"), o.path("text").asText(), reasons));
        }
        List<Exclusion> excluded = new ArrayList<>();
        for (JsonNode o : n.path("held_back")) {
            excluded.add(new Exclusion(o.path("post_id").asText(), text(o, "platform"), text(o, "url"),
                    Exclusion.Kind.valueOf(o.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                    o.path("reason").asText()));
        }
        return new ReferralPackage(n.path("id").asText(), n.path("platform").asText(), n.path("author").asText(),
                time(n, "created_at"), n.path("selection").asText(), n.path("legal_basis").asText(),
                new DsaNotice(notice.path("explanation").asText(), notice.path("notifier_name").asText(),
                        notice.path("notifier_email").asText(), notice.path("good_faith_statement").asText()),
                items, excluded);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant time(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : Instant.parse(s);
    }
}
