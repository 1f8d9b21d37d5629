package org.tidewatch.app.referral;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A package as CSV (RFC 4180, UTF-8 with BOM so spreadsheets read Arabic correctly): one row per item; the
 * package's fields are repeated on every row so each row stands alone in a platform's ticketing tool.
 */
public final class PackageCsv implements PackageWriter {
    static final List<String> HEADER = List.of("report_id", "platform", "url", "account", "post_id", "published_at",
            "captured_at", "sha256", "warc_record_id", "warc_file", "lang", "text", "reasons", "legal_basis",
            "notifier_name", "notifier_email", "good_faith_statement", "created_at", "author");

    @Override
    public void write(ReferralPackage pkg, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, HEADER);
        for (ReferralItem i : pkg.items()) {
            row(w, List.of(pkg.id(), i.platform(), i.url(), orEmpty(i.account()), i.postId(),
                    i.publishedAt() == null ? "" : i.publishedAt().toString(), i.capturedAt().toString(),
                    orEmpty(i.sha256()), orEmpty(i.warcRecordId()), orEmpty(i.warcFile()), i.lang(), i.text(),
                    i.reasonsLine(), pkg.legalBasis(), pkg.notice().notifierName(), pkg.notice().notifierEmail(),
                    pkg.notice().goodFaithStatement(), pkg.createdAt().toString(), pkg.author()));
        }
        w.flush();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(c)));
        }
        w.write("\r\n");
    }

    /**
     * Quotes every cell. A cell a spreadsheet would run as a formula gets a leading ': one starting with =, tab or CR,
     * or with +, - or @ and holding a "(" — so handles (@name) and phone numbers (+218…) reach platform tooling as
     * they are.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && ("=\t\r".indexOf(v.charAt(0)) >= 0 || ("+-@".indexOf(v.charAt(0)) >= 0 && v.indexOf('(') >= 0))) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
