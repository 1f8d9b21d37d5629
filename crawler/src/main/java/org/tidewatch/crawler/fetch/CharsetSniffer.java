package org.tidewatch.crawler.fetch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a body: byte-order mark, then the Content-Type charset, then a {@code <meta>} or XML
 * declaration, then detection. A declared single-byte charset loses to a body that is valid multi-byte UTF-8,
 * because servers mislabel UTF-8 far more often than Latin text happens to be valid UTF-8.
 */
final class CharsetSniffer {
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    /** Decoded text and the charset that was used. */
    record Decoded(String text, Charset charset) {
    }

    private CharsetSniffer() {
    }

    static Decoded decode(byte[] body, String contentType) {
        Charset bom = bomCharset(body);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(decodeWith(body, skip, bom), bom);
        }
        Charset declared = charset(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            declared = m.find() ? charset(m.group(1) != null ? m.group(1) : m.group(2)) : null;
        }
        Utf8 utf8 = utf8(body);
        Charset chosen;
        if (declared == null) {
            chosen = utf8 == Utf8.INVALID ? FALLBACK : StandardCharsets.UTF_8;
        } else if (declared.equals(StandardCharsets.UTF_8)) {
            chosen = utf8 == Utf8.INVALID ? FALLBACK : declared;
        } else {
            boolean singleByte = declared.newEncoder().maxBytesPerChar() <= 1.0f;
            chosen = singleByte && utf8 == Utf8.MULTIBYTE ? StandardCharsets.UTF_8 : declared;
        }
        return new Decoded(decodeWith(body, 0, chosen), chosen);
    }

    private static Charset charset(Matcher m) {
        return m != null && m.find() ? charset(m.group(1)) : null;
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Decodes leniently; a character cut at the end of a truncated body is dropped rather than shown as garbage. */
    private static String decodeWith(byte[] body, int offset, Charset charset) {
        String s = new String(body, offset, body.length - offset, charset);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        return s.substring(0, end);
    }

    private enum Utf8 { ASCII, MULTIBYTE, INVALID }

    /** Whether the bytes are UTF-8; an incomplete sequence at the very end (a cut body) is not held against them. */
    private static Utf8 utf8(byte[] b) {
        boolean multi = false;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 0) {
                return Utf8.INVALID;
            }
            for (int k = 1; k < len; k++) {
                if (i + k >= b.length) {
                    return multi ? Utf8.MULTIBYTE : Utf8.ASCII;
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return Utf8.INVALID;
                }
            }
            multi |= len > 1;
            i += len;
        }
        return multi ? Utf8.MULTIBYTE : Utf8.ASCII;
    }
}
