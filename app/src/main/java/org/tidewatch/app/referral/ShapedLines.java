package org.tidewatch.app.referral;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of shaped, positioned glyphs with the JDK's OpenType shaper (HarfBuzz, through
 * {@link Font#layoutGlyphVector}): contextual letter forms and ligatures for every Arabic-script language, Urdu and
 * Pashto letters included, which Unicode presentation forms cannot cover. Bidi runs are ordered visually per line
 * (java.text.Bidi); each run takes the first font that has its characters.
 */
final class ShapedLines {
    /**
     * One glyph: which font, its glyph id, its position from the line's left edge and baseline, its text in logical
     * order (empty for a second glyph of one cluster) and whether it is in a right-to-left run.
     */
    record Glyph(int font, int glyphId, float x, float y, String text, boolean rtl) {
    }

    /** One line: glyphs left to right, the width they take, its text in logical order, whether its paragraph is RTL. */
    record Line(List<Glyph> glyphs, float width, String text, boolean rtl) {
    }

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final List<Font> fonts;
    private final float size;

    /** @param fontFiles TrueType files in fallback order; @param size the font size in points */
    ShapedLines(List<Path> fontFiles, float size) {
        this.size = size;
        this.fonts = fontFiles.stream().map(f -> load(f, size)).toList();
    }

    private static Font load(Path file, float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e instanceof IOException io ? io : new IOException(e));
        }
    }

    float size() {
        return size;
    }

    /**
     * The text's lines, each at most {@code maxWidth} points wide (a longer word is cut between characters).
     *
     * @param direction the paragraphs' base direction: {@link Bidi#DIRECTION_LEFT_TO_RIGHT},
     *                  {@link Bidi#DIRECTION_RIGHT_TO_LEFT} or {@link Bidi#DIRECTION_DEFAULT_LEFT_TO_RIGHT} (the first
     *                  strong character decides)
     */
    List<Line> lines(String text, int direction, float maxWidth) {
        List<Line> out = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            Bidi bidi = new Bidi(paragraph, direction);
            for (int[] range : breakLines(paragraph, bidi, maxWidth)) {
                out.add(line(paragraph, bidi, range[0], range[1]));
            }
        }
        return out;
    }

    /** Greedy line breaking at the line-break opportunities, measuring each candidate line shaped. */
    private List<int[]> breakLines(String p, Bidi bidi, float maxWidth) {
        List<int[]> ranges = new ArrayList<>();
        if (p.isEmpty()) {
            ranges.add(new int[] {0, 0});
            return ranges;
        }
        BreakIterator breaks = BreakIterator.getLineInstance();
        breaks.setText(p);
        int start = 0;
        int end = start;
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            if (line(p, bidi, start, b).width() <= maxWidth) {
                end = b;
                continue;
            }
            if (end > start) {
                ranges.add(new int[] {start, end});
                start = end;
            }
            // The word alone may still be too wide: cut it between characters.
            while (line(p, bidi, start, b).width() > maxWidth) {
                int cut = start + Character.charCount(p.codePointAt(start));
                while (cut < b && line(p, bidi, start, cut + Character.charCount(p.codePointAt(cut))).width() <= maxWidth) {
                    cut += Character.charCount(p.codePointAt(cut));
                }
                ranges.add(new int[] {start, cut});
                start = cut;
            }
            end = b;
        }
        if (end > start) {
            ranges.add(new int[] {start, end});
        }
        return ranges;
    }

    /** The shaped line {@code p[start, limit)} without its trailing white space, runs in visual order. */
    private Line line(String p, Bidi paragraph, int start, int limit) {
        while (limit > start && Character.isWhitespace(p.charAt(limit - 1))) {
            limit--;
        }
        List<Glyph> glyphs = new ArrayList<>();
        if (limit == start) {
            return new Line(glyphs, 0, "", !paragraph.baseIsLeftToRight());
        }
        Bidi bidi = paragraph.createLineBidi(start, limit);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        char[] chars = p.toCharArray();
        float x = 0;
        for (Integer r : order) {
            boolean rtl = (bidi.getRunLevel(r) & 1) == 1;
            List<int[]> pieces = fontPieces(chars, start + bidi.getRunStart(r), start + bidi.getRunLimit(r));
            if (rtl) {
                java.util.Collections.reverse(pieces);
            }
            for (int[] piece : pieces) {
                x = shape(chars, piece, rtl, x, glyphs);
            }
        }
        return new Line(glyphs, x, p.substring(start, limit), !paragraph.baseIsLeftToRight());
    }

    /** Splits {@code [start, limit)} into pieces {start, limit, font}; marks, joiners and spaces stay with their base. */
    private List<int[]> fontPieces(char[] chars, int start, int limit) {
        List<int[]> pieces = new ArrayList<>();
        int i = start;
        while (i < limit) {
            int cp = Character.codePointAt(chars, i);
            int font = pieces.isEmpty() || !followsBase(cp) ? fontFor(cp) : pieces.getLast()[2];
            if (!pieces.isEmpty() && pieces.getLast()[2] == font) {
                pieces.getLast()[1] = i + Character.charCount(cp);
            } else {
                pieces.add(new int[] {i, i + Character.charCount(cp), font});
            }
            i += Character.charCount(cp);
        }
        return pieces;
    }

    private static boolean followsBase(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || Character.isWhitespace(cp);
    }

    private int fontFor(int cp) {
        for (int f = 0; f < fonts.size(); f++) {
            if (fonts.get(f).canDisplay(cp)) {
                return f;
            }
        }
        return 0;
    }

    /** Shapes one piece and appends its glyphs from {@code x}; each glyph carries its cluster's text. */
    private float shape(char[] chars, int[] piece, boolean rtl, float x, List<Glyph> out) {
        Font font = fonts.get(piece[2]);
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, piece[0], piece[1],
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int length = piece[1] - piece[0];
        boolean[] clusterStart = new boolean[length + 1];
        clusterStart[length] = true;
        for (int g = 0; g < n; g++) {
            clusterStart[gv.getGlyphCharIndex(g)] = true;
        }
        boolean[] named = new boolean[length];
        for (int g = 0; g < n; g++) {
            int ci = gv.getGlyphCharIndex(g);
            String text = "";
            if (!named[ci]) {
                named[ci] = true;
                int end = ci + 1;
                while (!clusterStart[end]) {
                    end++;
                }
                // Logical order even in a right-to-left run: extractors reorder glyphs, not the text of one glyph.
                text = new String(chars, piece[0] + ci, end - ci);
            }
            var pos = gv.getGlyphPosition(g);
            out.add(new Glyph(piece[2], gv.getGlyphCode(g), x + (float) pos.getX(), (float) -pos.getY(), text, rtl));
        }
        return x + (float) gv.getGlyphPosition(n).getX();
    }
}
