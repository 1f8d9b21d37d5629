package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapedLinesTest {
    static final ShapedLines SHAPER;

    static {
        PdfFonts fonts = PdfFonts.locate(PdfFonts.SYSTEM_FONT_DIR);
        SHAPER = new ShapedLines(List.of(fonts.families().get("TW Arabic"), fonts.families().get("TW Latin")), 9.5f);
    }

    @Test
    void aLongUrduParagraphWrapsWithinTheWidthKeepingEveryWordInOrder() {
        String text = String.join(" ", java.util.Collections.nCopies(6, PackageFormatsTest.URDU));
        List<ShapedLines.Line> lines = SHAPER.lines(text, Bidi.DIRECTION_RIGHT_TO_LEFT, 200);

        assertThat(lines).hasSizeGreaterThan(3).allSatisfy(l -> {
            assertThat(l.width()).isLessThanOrEqualTo(200f);
            assertThat(l.rtl()).isTrue();
        });
        assertThat(String.join(" ", lines.stream().map(ShapedLines.Line::text).toList())).isEqualTo(text);
    }

    @Test
    void rightToLeftGlyphsRunRightToLeftAndCarryTheTextOfTheirClusters() {
        ShapedLines.Line line = SHAPER.lines(PackageFormatsTest.PASHTO, Bidi.DIRECTION_RIGHT_TO_LEFT, 1000).getFirst();
        List<ShapedLines.Glyph> glyphs = line.glyphs();

        for (int i = 1; i < glyphs.size(); i++) {
            assertThat(glyphs.get(i).x()).isGreaterThanOrEqualTo(glyphs.get(i - 1).x());
        }
        List<ShapedLines.Glyph> logical = new ArrayList<>(glyphs).reversed();
        assertThat(String.join("", logical.stream().map(ShapedLines.Glyph::text).toList())).isEqualTo(PackageFormatsTest.PASHTO);
        assertThat(glyphs).allMatch(ShapedLines.Glyph::rtl).noneMatch(g -> g.glyphId() == 0);
    }

    @Test
    void latinInAnArabicLineTakesTheLatinFontAndAWordTooLongIsCut() {
        ShapedLines.Line mixed = SHAPER.lines("حرقة = crossing", Bidi.DIRECTION_LEFT_TO_RIGHT, 1000).getFirst();
        assertThat(mixed.rtl()).isFalse();
        assertThat(mixed.glyphs().getFirst().text()).isEqualTo("ة");
        assertThat(mixed.glyphs().getLast().font()).isEqualTo(1);
        assertThat(mixed.glyphs().getLast().text()).isEqualTo("g");

        String url = "https://telegram.example/p/" + "x".repeat(120);
        List<ShapedLines.Line> cut = SHAPER.lines(url, Bidi.DIRECTION_LEFT_TO_RIGHT, 150);
        assertThat(cut).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(150f));
        assertThat(String.join("", cut.stream().map(ShapedLines.Line::text).toList())).isEqualTo(url);
    }
}
