package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.store.Database;

class PackageFormatsTest {
    static final String ARABIC = "رحلة من زوارة إلى لامبيدوزا يوم الجمعة";
    static final String TIGRINYA = "ጉዕዞ ናብ ኢጣልያ";
    static final String PERSIAN = "سفر از ترکیه به یونان با قایق";
    static final String URDU = "یونان کے لیے کشتی کا سفر، ڈالر میں ادائیگی";
    static final String PASHTO = "د ترکیې څخه یونان ته سفر، ښه بیه";
    static ReferralPackage pkg;

    @BeforeAll
    static void build() {
        ReferralStore store = new ReferralStore(Database.inMemory("fmt-" + UUID.randomUUID()));
        ReferralBuilder builder = new ReferralBuilder(store, HumanitarianGuard.standard(),
                ReferralSettings.defaults("Liaison Unit", "liaison@police.example"),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        pkg = builder.build(List.of(
                Posts.offer("telegram", "11", "en", "Boat Zuwara to Lampedusa, 4000 euro, +218 91 2345678"),
                Posts.offer("telegram", "12", "ar", ARABIC),
                Posts.offer("telegram", "13", "ti", TIGRINYA),
                Posts.offer("telegram", "15", "fa", PERSIAN),
                Posts.offer("telegram", "16", "ur", URDU),
                Posts.offer("telegram", "17", "ps", PASHTO),
                Posts.offer("telegram", "14", "en", "Rescue hotline: call Alarm Phone if in distress")),
                null, "query: lampedusa", "liaison1", false).getFirst();
    }

    @Test
    void jsonHoldsEveryFieldOfEachItemAndTheNotice() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageJson().write(pkg, out);
        JsonNode n = PackageJson.MAPPER.readTree(out.toByteArray());

        assertThat(n.get("id").asText()).isEqualTo(pkg.id());
        assertThat(n.get("author").asText()).isEqualTo("liaison1");
        assertThat(n.get("created_at").asText()).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(n.get("legal_basis").asText()).isEqualTo(ReferralSettings.DEFAULT_LEGAL_BASIS);
        JsonNode notice = n.get("dsa_notice");
        assertThat(notice.get("notifier_name").asText()).isEqualTo("Liaison Unit");
        assertThat(notice.get("notifier_email").asText()).isEqualTo("liaison@police.example");
        assertThat(notice.get("good_faith_statement").asText()).contains("bona fide");
        assertThat(notice.get("explanation").asText()).contains("smuggling of migrants");
        assertThat(notice.get("urls").toString()).isEqualTo("[\"https://telegram.example/p/11\","
                + "\"https://telegram.example/p/12\",\"https://telegram.example/p/13\",\"https://telegram.example/p/15\","
                + "\"https://telegram.example/p/16\",\"https://telegram.example/p/17\"]");
        JsonNode ar = n.get("items").get(1);
        assertThat(ar.get("platform").asText()).isEqualTo("telegram");
        assertThat(ar.get("url").asText()).isEqualTo("https://telegram.example/p/12");
        assertThat(ar.get("account").asText()).isEqualTo("@acct_12");
        assertThat(ar.get("post_id").asText()).isEqualTo("telegram:12");
        assertThat(ar.get("published_at").asText()).isEqualTo("2026-11-01T08:30:00Z");
        assertThat(ar.get("captured_at").asText()).isEqualTo("2026-11-02T09:15:00Z");
        assertThat(ar.get("sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(ar.get("warc_record_id").asText()).startsWith("urn:uuid:");
        assertThat(ar.get("lang").asText()).isEqualTo("ar");
        assertThat(ar.get("text").asText()).isEqualTo(ARABIC);
        assertThat(ar.get("reasons").get(0).get("gloss").asText()).isEqualTo("irregular crossing (Maghrebi \"harga\")");
        assertThat(ar.get("reasons").get(0).get("matched").asText()).isEqualTo("حرقة");
        assertThat(n.get("held_back").get(0).get("kind").asText()).isEqualTo("humanitarian");
        assertThat(n.get("held_back").get(0).get("post_id").asText()).isEqualTo("telegram:14");

        assertThat(PackageJson.fromJson(n)).isEqualTo(pkg);
    }

    @Test
    void csvHasOneQuotedRowPerItemWithEveryField() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageCsv().write(pkg, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();

        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("\uFEFF\"report_id\",\"platform\",\"url\",\"account\",\"post_id\",\"published_at\","
                + "\"captured_at\",\"sha256\",\"warc_record_id\",\"warc_file\",\"lang\",\"text\",\"reasons\",\"legal_basis\","
                + "\"notifier_name\",\"notifier_email\",\"good_faith_statement\",\"created_at\",\"author\"");
        assertThat(lines.get(2)).startsWith("\"" + pkg.id() + "\",\"telegram\",\"https://telegram.example/p/12\",\"@acct_12\","
                + "\"telegram:12\",\"2026-11-01T08:30:00Z\",\"2026-11-02T09:15:00Z\",\"" + "ab".repeat(32) + "\",\"urn:uuid:");
        assertThat(lines.get(2)).contains(",\"ar\",\"" + ARABIC + "\",\"حرقة = irregular crossing (Maghrebi \"\"harga\"\"); "
                + "4000 euro = a price\",").contains("\"liaison@police.example\"").endsWith("\"2026-11-20T12:00:00Z\",\"liaison1\"");
    }

    @Test
    void csvDefusesSpreadsheetFormulas() {
        assertThat(PackageCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PackageCsv.cell("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(PackageCsv.cell("@acct_12")).isEqualTo("\"@acct_12\"");
        assertThat(PackageCsv.cell("+218 91 2345678")).isEqualTo("\"+218 91 2345678\"");
    }

    @Test
    void pdfTextHoldsEveryFieldIncludingArabicAndGeezText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackagePdf(PdfFonts.locate(PdfFonts.SYSTEM_FONT_DIR)).write(pkg, out);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            text = new PDFTextStripper().getText(doc);
        }
        String flat = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");

        assertThat(flat).contains("Referral " + pkg.id() + " to telegram", "Prepared by liaison1",
                "2026-11-20 12:00:00 UTC", "Directive 2002/90/EC", "Liaison Unit", "liaison@police.example",
                "bona fide", "Good-faith statement", "https://telegram.example/p/11", "https://telegram.example/p/12",
                "@acct_12", "telegram:12", "2026-11-01 08:30:00 UTC", "2026-11-02 09:15:00 UTC", "ab".repeat(32),
                pkg.items().get(1).warcRecordId(), "irregular crossing (Maghrebi \"harga\")",
                "Boat Zuwara to Lampedusa, 4000 euro, +218 91 2345678", TIGRINYA, "telegram:14", "sea rescue hotline");
        assertThat(flat).contains(ARABIC, PERSIAN, URDU, PASHTO);
    }

    @Test
    void pdfDrawsUrduAndPashtoLettersInTheirJoinedFormsNotIsolated() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFonts fonts = PdfFonts.locate(PdfFonts.SYSTEM_FONT_DIR);
        new PackagePdf(fonts).write(pkg, out);
        // Farsi yeh and yeh barree (Urdu) and sheen with ring (Pashto) have no presentation forms in Unicode: only a
        // shaper draws them joined. Every one in the test texts stands next to a joining letter.
        Map<String, Rectangle2D> isolated = new HashMap<>();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fonts.families().get("TW Arabic").toFile()))) {
            for (String letter : List.of("ی", "ے", "ښ")) {
                int gid = ttf.getUnicodeCmapLookup().getGlyphId(letter.codePointAt(0));
                isolated.put(letter, ttf.getGlyph().getGlyph(gid).getPath().getBounds2D());
            }
        }
        Map<String, List<Rectangle2D>> drawn = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            // The text stripper runs every text and form operator; only the glyphs it is shown matter here.
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws java.io.IOException {
                    super.showGlyph(m, font, code, displacement);
                    String text = font.toUnicode(code);
                    if (isolated.containsKey(text)) {
                        drawn.computeIfAbsent(text, k -> new ArrayList<>()).add(((PDVectorFont) font).getPath(code).getBounds2D());
                    }
                }
            };
            glyphs.getText(doc);
        }
        // ی 12 times in the Urdu, Pashto and Persian texts, ے twice, ښ once (fewer only where a ligature takes one).
        assertThat(drawn.get("ی")).hasSizeBetween(6, 12).doesNotContain(isolated.get("ی"));
        assertThat(drawn.get("ے")).hasSizeBetween(1, 2).doesNotContain(isolated.get("ے"));
        assertThat(drawn.get("ښ")).hasSize(1).doesNotContain(isolated.get("ښ"));
    }

    @Test
    void pdfFontsMissingGivesAClearError(@TempDir Path empty) {
        assertThatThrownBy(() -> PdfFonts.locate(empty))
                .isInstanceOf(PdfFonts.MissingFontsException.class)
                .hasMessage("cannot make a PDF: font(s) NotoSans-Regular.ttf, NotoSansArabic-Regular.ttf, "
                        + "NotoSansEthiopic-Regular.ttf not found under " + empty
                        + "; install them (Debian/Ubuntu: apt-get install fonts-noto-core) or use --format csv|json");
    }
}
