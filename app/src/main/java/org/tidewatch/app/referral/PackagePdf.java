package org.tidewatch.app.referral;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.tidewatch.app.security.Html;

/**
 * A package as PDF for people: the notice, then one block per item, then what was held back. Arabic-script and
 * Ge'ez text is laid out right-to-left where due (ICU bidi) with the fonts embedded. Shaping is ICU's Arabic shaping
 * into Unicode presentation forms (openhtmltopdf has no OpenType shaper): Arabic and Persian join correctly; the few
 * Urdu and Pashto letters that have no presentation forms (e.g. ښ ڼ ې) are drawn unjoined, though the text extracts
 * correctly.
 */
public final class PackagePdf implements PackageWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Set<String> RTL_LANGS = Set.of("ar", "fa", "ur", "ps", "he", "ku", "ckb", "sd", "ug");

    private final PdfFonts fonts;

    public PackagePdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public void write(ReferralPackage pkg, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        for (Map.Entry<String, Path> f : fonts.families().entrySet()) {
            b.useFont(f.getValue().toFile(), f.getKey());
        }
        b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        b.useUnicodeBidiReorderer(new ICUBidiReorderer());
        b.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
        b.withHtmlContent(html(pkg), null);
        b.toStream(out);
        b.run();
    }

    String html(ReferralPackage pkg) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>Referral ").append(e(pkg.id()))
                .append("</title><style>body{font-family:").append(fonts.cssFamilies())
                .append(";font-size:9.5pt}h1{font-size:14pt}h2{font-size:11.5pt;margin-top:14pt}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:8pt}td{border:0.5pt solid #999;padding:2pt;vertical-align:top}")
                .append("td.k{width:24%;color:#333}.text{white-space:pre-wrap}</style></head><body>");
        h.append("<h1>Referral ").append(e(pkg.id())).append(" to ").append(e(pkg.platform())).append("</h1>");
        h.append("<table>");
        row(h, "Report id", pkg.id());
        row(h, "Platform", pkg.platform());
        row(h, "Prepared by", pkg.author());
        row(h, "Prepared at", UTC.format(pkg.createdAt()));
        row(h, "Selection", pkg.selection());
        row(h, "Legal basis", pkg.legalBasis());
        row(h, "Items referred", Integer.toString(pkg.items().size()));
        row(h, "Items held back", Integer.toString(pkg.excluded().size()));
        h.append("</table>");
        h.append("<h2>Notice under Art. 16 of Regulation (EU) 2022/2065 (Digital Services Act)</h2><table>");
        row(h, "Reasons", pkg.notice().explanation());
        row(h, "Exact URLs", String.join("\n", pkg.urls()));
        row(h, "Notifier", pkg.notice().notifierName());
        row(h, "Notifier e-mail", pkg.notice().notifierEmail());
        row(h, "Good-faith statement", pkg.notice().goodFaithStatement());
        h.append("</table>");
        int n = 0;
        for (ReferralItem i : pkg.items()) {
            h.append("<h2>Item ").append(++n).append("</h2><table>");
            row(h, "Platform", i.platform());
            row(h, "URL", i.url());
            row(h, "Account", i.account() == null ? "unknown" : i.account());
            row(h, "Post id", i.postId());
            row(h, "Published", i.publishedAt() == null ? "unknown" : UTC.format(i.publishedAt()));
            row(h, "Captured", UTC.format(i.capturedAt()));
            row(h, "SHA-256 of capture", i.sha256() == null ? "none" : i.sha256());
            row(h, "WARC record id", i.warcRecordId() == null ? "none" : i.warcRecordId());
            row(h, "Language", i.lang());
            h.append("<tr><td class=\"k\">Text</td><td class=\"text\" dir=\"")
                    .append(RTL_LANGS.contains(i.lang()) ? "rtl" : "auto").append("\">").append(e(i.text())).append("</td></tr>");
            row(h, "Why flagged", i.reasons().isEmpty() ? "-" : i.reasonsLine());
            h.append("</table>");
        }
        if (!pkg.excluded().isEmpty()) {
            h.append("<h2>Held back (not referred)</h2><table>");
            for (Exclusion x : pkg.excluded()) {
                row(h, x.postId(), x.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + x.reason()
                        + (x.url() == null ? "" : "\n" + x.url()));
            }
            h.append("</table>");
        }
        return h.append("</body></html>").toString();
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><td class=\"k\">").append(e(key)).append("</td><td class=\"text\">").append(e(value)).append("</td></tr>");
    }

    /** Post text is hostile input: escaped, and made XHTML-safe (openhtmltopdf parses strictly). */
    private static String e(String s) {
        return Html.escape(s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
    }

    static String utc(Instant t) {
        return UTC.format(t);
    }
}
