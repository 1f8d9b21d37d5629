package org.tidewatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void byteOrderMarkWinsOverTheHeader() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Café".getBytes(StandardCharsets.UTF_8));

        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, "text/html; charset=windows-1252");

        assertThat(d.text()).isEqualTo("Café");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void metaCharsetIsUsedWhenTheHeaderSaysNothing() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body>Переправа в Италию</body></html>";

        CharsetSniffer.Decoded d = CharsetSniffer.decode(page.getBytes(CP1251), "text/html");

        assertThat(d.text()).isEqualTo(page);
        assertThat(d.charset()).isEqualTo(CP1251);
    }

    @Test
    void utf8MislabelledAsLatin1IsReadAsUtf8() {
        String text = "Départ de Sfax – رحلة";

        assertThat(CharsetSniffer.decode(text.getBytes(StandardCharsets.UTF_8), "text/html; charset=ISO-8859-1").text())
                .isEqualTo(text);
    }

    @Test
    void latin1MislabelledAsUtf8FallsBackToWindows1252() {
        byte[] latin = "Passage pour l'Angleterre, 1800 € payés d'avance".getBytes(Charset.forName("windows-1252"));

        CharsetSniffer.Decoded d = CharsetSniffer.decode(latin, "text/html; charset=utf-8");

        assertThat(d.text()).isEqualTo("Passage pour l'Angleterre, 1800 € payés d'avance");
        assertThat(d.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void characterCutByTheSizeCapIsDroppedNotGarbled() {
        byte[] full = "Prezzo 3000 €".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 1);

        assertThat(CharsetSniffer.decode(cut, "text/plain; charset=utf-8").text()).isEqualTo("Prezzo 3000 ");
    }

    @Test
    void unknownCharsetNameFallsBackToDetection() {
        assertThat(CharsetSniffer.decode("İzmir".getBytes(StandardCharsets.UTF_8), "text/html; charset=x-no-such").text())
                .isEqualTo("İzmir");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
