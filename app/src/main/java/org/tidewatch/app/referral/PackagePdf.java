package org.tidewatch.app.referral;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Bidi;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import org.tidewatch.app.security.Html;

/**
 * A package as PDF for people: the notice, then one block per item, then what was held back, with the fonts
 * embedded. openhtmltopdf has no OpenType shaper, so every value holding Arabic-script text (Arabic, Persian, Urdu,
 * Pashto) is laid out by {@link ShapedPdfText} with the JDK's HarfBuzz: letters joined, ligatures formed, right to
 * left where due, still extractable. Other text (Latin, Ge'ez) is laid out by openhtmltopdf with ICU bidi.
 */
public final class PackagePdf implements PackageWriter {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final Set<String> RTL_LANGS = Set.of("ar", "fa", "ur", "ps", "he", "ku", "ckb", "sd", "ug");
    private static final float FONT_SIZE = 9.5f;
    /**
     * Width of shaped lines in the value column: A4 less 18 mm margins is 493 pt, the value column 76 % of it less
     * padding and borders about 370 pt; a little less keeps the lines inside whatever the table rounds to.
     */
    private static final float VALUE_WIDTH = 352f;
    /** Shaper font order: Arabic script first, so that spaces and digits between Arabic words stay in its run. */
    private static final java.util.List<String> SHAPER_FONTS = java.util.List.of("TW Arabic", "TW Latin", "TW Ethiopic");

    private final PdfFonts fonts;

    public PackagePdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public void write(ReferralPackage pkg, OutputStream out) throws IOException {
        ShapedPdfText shaped = shaper();
        String html = html(pkg, shaped);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useObjectDrawerFactory(shaped);
        b.useFastMode();
        for (Map.Entry<String, Path> f : fonts.families().entrySet()) {
            b.useFont(f.getValue().toFile(), f.getKey());
        }
        b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        b.useUnicodeBidiReorderer(new ICUBidiReorderer());
        b.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
        b.withHtmlContent(html, null);
        b.toStream(out);
        b.run();
    }

    private ShapedPdfText shaper() {
        return new ShapedPdfText(SHAPER_FONTS.stream().filter(fonts.families()::containsKey).map(fonts.families()::get).toList(),
                FONT_SIZE);
    }

    String html(ReferralPackage pkg) {
        return html(pkg, shaper());
    }

    private String html(ReferralPackage pkg, ShapedPdfText shaped) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>Referral ").append(e(pkg.id()))
                .append("</title><style>body{font-family:").append(fonts.cssFamilies())
                .append(";font-size:9.5pt}@page{size:A4;margin:18mm}h1{font-size:14pt}h2{font-size:11.5pt;margin-top:14pt}")
                .append("table{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:8pt}td{border:0.5pt solid #999;padding:2pt;vertical-align:top}")
                .append("td.k{width:24%;color:#333}.text{white-space:pre-wrap}</style></head><body>");
        h.append("<h1>Referral ").append(e(pkg.id())).append(" to ").append(e(pkg.platform())).append("</h1>");
        h.append("<table>");
        row(h, shaped, "Report id", pkg.id(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Platform", pkg.platform(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Prepared by", pkg.author(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Prepared at", UTC.format(pkg.createdAt()), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Selection", pkg.selection(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Legal basis", pkg.legalBasis(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Items referred", Integer.toString(pkg.items().size()), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Items held back", Integer.toString(pkg.excluded().size()), Bidi.DIRECTION_LEFT_TO_RIGHT);
        h.append("</table>");
        h.append("<h2>Notice under Art. 16 of Regulation (EU) 2022/2065 (Digital Services Act)</h2><table>");
        row(h, shaped, "Reasons", pkg.notice().explanation(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Exact URLs", String.join("\n", pkg.urls()), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Notifier", pkg.notice().notifierName(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Notifier e-mail", pkg.notice().notifierEmail(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        row(h, shaped, "Good-faith statement", pkg.notice().goodFaithStatement(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        h.append("</table>");
        int n = 0;
        for (ReferralItem i : pkg.items()) {
            h.append("<h2>Item ").append(++n).append("</h2><table>");
            row(h, shaped, "Platform", i.platform(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "URL", i.url(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "Account", i.account() == null ? "unknown" : i.account(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "Post id", i.postId(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "Published", i.publishedAt() == null ? "unknown" : UTC.format(i.publishedAt()), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "Captured", UTC.format(i.capturedAt()), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "SHA-256 of capture", i.sha256() == null ? "none" : i.sha256(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "WARC record id", i.warcRecordId() == null ? "none" : i.warcRecordId(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "Language", i.lang(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            row(h, shaped, "Text", i.text(), RTL_LANGS.contains(i.lang()) ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
            row(h, shaped, "Why flagged", i.reasons().isEmpty() ? "-" : i.reasonsLine(), Bidi.DIRECTION_LEFT_TO_RIGHT);
            h.append("</table>");
        }
        if (!pkg.excluded().isEmpty()) {
            h.append("<h2>Held back (not referred)</h2><table>");
            for (Exclusion x : pkg.excluded()) {
                row(h, shaped, x.postId(), x.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + x.reason()
                        + (x.url() == null ? "" : "\n" + x.url()), Bidi.DIRECTION_LEFT_TO_RIGHT);
            }
            h.append("</table>");
        }
        return h.append("</body></html>").toString();
    }

    /** A key and value row; a value with Arabic-script text is shaped, in the base direction given (a Bidi constant). */
    private static void row(StringBuilder h, ShapedPdfText shaped, String key, String value, int direction) {
        h.append("<tr><td class=\"k\">").append(e(key)).append("</td>");
        String v = clean(value);
        if (ShapedPdfText.needsShaping(v)) {
            h.append("<td class=\"shaped\">").append(shaped.html(v, direction, VALUE_WIDTH)).append("</td></tr>");
        } else {
            h.append("<td class=\"text\"").append(direction == Bidi.DIRECTION_RIGHT_TO_LEFT ? " dir=\"rtl\"" : "")
                    .append('>').append(Html.escape(v)).append("</td></tr>");
        }
    }

    /** Post text is hostile input: escaped, and made XHTML-safe (openhtmltopdf parses strictly). */
    private static String e(String s) {
        return Html.escape(clean(s));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    static String utc(Instant t) {
        return UTC.format(t);
    }
}
