package org.tidewatch.app.referral;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxOutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Rectangle;
import java.awt.Shape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Element;

/**
 * Shaped text in an openhtmltopdf page: {@link #html} lays text out with {@link ShapedLines} and puts one
 * {@code <object>} per line in the page; while rendering, each is drawn as a form of glyph ids in embedded subsets
 * of the same fonts. Text stays extractable: each glyph's font carries a ToUnicode map to its characters (a glyph
 * shared by two letters, e.g. the medial forms of Arabic and Farsi yeh, goes to a second copy of the font) for
 * PDFBox-style extractors, and each line is a marked-content span with an {@code /ActualText} for poppler-style ones
 * (see {@link #visualText}). One instance per PDF.
 */
final class ShapedPdfText implements FSObjectDrawerFactory {
    static final String TYPE = "application/x-tidewatch-shaped-line";
    private static final float ASCENT = 1.05f;
    private static final float LINE_HEIGHT = 1.6f;

    private final ShapedLines shaper;
    private final List<Path> fontFiles;
    private final List<PlacedLine> lines = new ArrayList<>();
    /** Per font: the ToUnicode maps of its copies (glyph id to text). */
    private final List<List<Map<Integer, String>>> copies = new ArrayList<>();
    /** Per font: every glyph id drawn with it. */
    private final List<TreeSet<Integer>> used = new ArrayList<>();
    /** Per font, the glyph ids of the original font to those of its subset. */
    private final Map<Integer, Map<Integer, Integer>> newGlyphIds = new HashMap<>();
    private Map<String, PDType0Font> embedded;

    private record PlacedGlyph(int font, int copy, int glyphId, float x, float y) {
    }

    private record PlacedLine(List<PlacedGlyph> glyphs, float width, String text, boolean rtl) {
    }

    /** @param fontFiles TrueType files in fallback order; @param size the font size in points */
    ShapedPdfText(List<Path> fontFiles, float size) {
        this.fontFiles = List.copyOf(fontFiles);
        this.shaper = new ShapedLines(fontFiles, size);
        for (int i = 0; i < fontFiles.size(); i++) {
            copies.add(new ArrayList<>());
            used.add(new TreeSet<>());
        }
    }

    /** Whether the text holds Arabic-script letters, which need the shaper. */
    static boolean needsShaping(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    /**
     * XHTML for the text as shaped lines at most {@code width} points wide, right-aligned in right-to-left paragraphs.
     *
     * @param direction the base direction, a {@link java.text.Bidi} constant as for {@link ShapedLines#lines}
     */
    String html(String text, int direction, float width) {
        float height = shaper.size() * LINE_HEIGHT;
        StringBuilder h = new StringBuilder();
        for (ShapedLines.Line line : shaper.lines(text, direction, width)) {
            List<PlacedGlyph> glyphs = new ArrayList<>();
            for (ShapedLines.Glyph g : line.glyphs()) {
                glyphs.add(new PlacedGlyph(g.font(), copyFor(g.font(), g.glyphId(), g.text()), g.glyphId(), g.x(), g.y()));
            }
            lines.add(new PlacedLine(glyphs, line.width(), visualText(line), line.rtl()));
            h.append("<object type=\"").append(TYPE).append("\" data-line=\"").append(lines.size() - 1)
                    .append("\" style=\"display:block;width:").append(fmt(width)).append("pt;height:").append(fmt(height))
                    .append(line.rtl() ? "pt;margin-left:auto" : "pt").append("\"></object>");
        }
        return h.toString();
    }

    /** The copy of the font whose ToUnicode map gives this glyph this text (a glyph without text fits any). */
    /**
     * The line's text as poppler-style extractors expect an /ActualText: glyph by glyph from the left, each
     * right-to-left glyph's text reversed, so that their own right-to-left reordering gives the logical text.
     */
    private static String visualText(ShapedLines.Line line) {
        StringBuilder sb = new StringBuilder();
        for (ShapedLines.Glyph g : line.glyphs()) {
            sb.append(g.rtl() ? new StringBuilder(g.text()).reverse() : g.text());
        }
        return sb.toString();
    }

    private int copyFor(int font, int glyphId, String text) {
        used.get(font).add(glyphId);
        List<Map<Integer, String>> maps = copies.get(font);
        for (int c = 0; c < maps.size(); c++) {
            String known = maps.get(c).get(glyphId);
            if (known == null || known.equals(text) || text.isEmpty()) {
                if (known == null && !text.isEmpty()) {
                    maps.get(c).put(glyphId, text);
                }
                return c;
            }
        }
        maps.add(new HashMap<>(text.isEmpty() ? Map.of() : Map.of(glyphId, text)));
        return maps.size() - 1;
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return TYPE.equals(e.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        return isReplacedObject(e) ? this::draw : null;
    }

    private Map<Shape, String> draw(Element e, double x, double y, double width, double height, OutputDevice device,
                                    RenderingContext ctx, int dotsPerPixel) {
        PdfBoxOutputDevice pdf = (PdfBoxOutputDevice) device;
        PlacedLine line = lines.get(Integer.parseInt(e.getAttribute("data-line")));
        float dpp = pdf.getDotsPerPoint();
        float w = (float) (width / dpp);
        float h = (float) (height / dpp);
        try {
            PDFormXObject form = form(pdf.getWriter(), line, w, h);
            pdf.drawPdfAsImage(form, new Rectangle((int) x, (int) y, (int) width, (int) height), (float) width, (float) height);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot draw shaped text: " + ex.getMessage(), ex);
        }
        return Map.of();
    }

    private PDFormXObject form(PDDocument doc, PlacedLine line, float w, float h) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(w, h));
        PDResources resources = new PDResources();
        form.setResources(resources);
        Map<String, COSName> names = new HashMap<>();
        float left = line.rtl() ? w - line.width() : 0;
        float baseline = h - shaper.size() * ASCENT;
        StringBuilder ops = new StringBuilder("/Span <</ActualText <FEFF")
                .append(HexFormat.of().formatHex(line.text().getBytes(StandardCharsets.UTF_16BE))).append(">>> BDC\nBT 0 g\n");
        String current = null;
        for (PlacedGlyph g : line.glyphs()) {
            String key = g.font() + "/" + g.copy();
            if (!key.equals(current)) {
                COSName name = names.computeIfAbsent(key, k -> resources.add(embedded(doc).get(k)));
                ops.append('/').append(name.getName()).append(' ').append(fmt(shaper.size())).append(" Tf\n");
                current = key;
            }
            ops.append("1 0 0 1 ").append(fmt(left + g.x())).append(' ').append(fmt(baseline + g.y())).append(" Tm <")
                    .append(String.format(Locale.ROOT, "%04X", newGlyphIds.get(g.font()).get(g.glyphId()))).append("> Tj\n");
        }
        ops.append("ET\nEMC\n");
        try (OutputStream os = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            os.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return form;
    }

    /** The subset fonts, one per font copy, embedded on first use in this document. */
    private Map<String, PDType0Font> embedded(PDDocument doc) {
        if (embedded != null) {
            return embedded;
        }
        embedded = new LinkedHashMap<>();
        try {
            for (int f = 0; f < fontFiles.size(); f++) {
                List<Map<Integer, String>> maps = copies.get(f);
                if (used.get(f).isEmpty()) {
                    continue;
                }
                byte[] subset = subset(f, maps);
                for (int c = 0; c < maps.size(); c++) {
                    PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(subset), false);
                    font.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode(doc, maps.get(c), newGlyphIds.get(f)));
                    embedded.put(f + "/" + c, font);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the fonts for shaped text: " + e.getMessage(), e);
        }
        return embedded;
    }

    private byte[] subset(int f, List<Map<Integer, String>> maps) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFiles.get(f).toFile()))) {
            // The tables a PDF font needs (outlines, metrics, hinting; cmap, OS/2, name and post for PDFBox to load it),
            // not the layout tables, which are most of the file and used up by the shaping already done.
            TTFSubsetter subsetter = new TTFSubsetter(ttf, List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
                    "hmtx", "fpgm", "gasp", "cmap", "OS/2", "post", "name"));
            subsetter.setPrefix(subsetTag(used.get(f)));
            subsetter.addGlyphIds(used.get(f));
            // A Unicode cmap keeps the subset a well-formed font for PDFBox; the letters' own glyphs are small.
            maps.forEach(m -> m.values().forEach(t -> t.codePoints().forEach(subsetter::add)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            Map<Integer, Integer> oldToNew = new HashMap<>();
            subsetter.getGIDMap().forEach((newId, oldId) -> oldToNew.put(oldId, newId));
            newGlyphIds.put(f, oldToNew);
            return out.toByteArray();
        }
    }

    /** The six capital letters that name a subset font (PDF 32000 §9.6.4), derived from its glyphs. */
    private static String subsetTag(java.util.Set<Integer> glyphIds) {
        int h = glyphIds.hashCode();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(h, 26)));
            h /= 26;
        }
        return tag.append('+').toString();
    }

    private static COSStream toUnicode(PDDocument doc, Map<Integer, String> map, Map<Integer, Integer> newIds) throws IOException {
        Map<Integer, String> sorted = new TreeMap<>();
        map.forEach((gid, text) -> sorted.put(newIds.get(gid), text));
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(sorted.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(entries.size(), i + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()))
                        .append(HexFormat.of().formatHex(e.getValue().getBytes(StandardCharsets.UTF_16BE))).append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    private static String fmt(float v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
