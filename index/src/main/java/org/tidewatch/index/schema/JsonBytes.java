package org.tidewatch.index.schema;

import java.util.Arrays;

/**
 * Writes compact UTF-8 JSON straight into a byte array: the bytes Jackson's generator writes for the same calls (same
 * escapes, numbers as {@code Long/Double.toString}) but for chars outside the BMP, written as their four UTF-8 bytes
 * where Jackson writes two escapes, at a fraction of the cost per post (no generator, buffer recycler or output stream
 * per document). A lone surrogate, which Jackson refuses, is written as its escape, so the parser reads the same string
 * back. Only what {@link PostJson} needs; not thread-safe.
 */
final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** Deepest nesting of objects and arrays a post needs (object, array, array). */
    private static final int MAX_DEPTH = 8;

    private byte[] out;
    private int size;
    /** Whether the container at each depth already holds a value (the next one needs a comma). */
    private final boolean[] filled = new boolean[MAX_DEPTH];
    private int depth;

    JsonBytes(int expectedSize) {
        out = new byte[Math.max(64, expectedSize)];
    }

    /** The JSON written so far. */
    byte[] toBytes() {
        return Arrays.copyOf(out, size);
    }

    JsonBytes startObject() {
        return open('{');
    }

    JsonBytes endObject() {
        return close('}');
    }

    JsonBytes startArray() {
        return open('[');
    }

    JsonBytes endArray() {
        return close(']');
    }

    /** A field name; the value follows with one of the value methods. */
    JsonBytes name(String name) {
        separate();
        quoted(name);
        ensure(1);
        out[size++] = ':';
        filled[depth] = false; // the value after a name takes no comma
        return this;
    }

    /** A field name encoded once ({@link #name(Name)}): a post's twenty names were a quarter of writing its JSON. */
    static final class Name {
        /** The quoted name and its colon, as {@link JsonBytes#name(String)} writes them. */
        private final byte[] bytes;

        private Name(byte[] bytes) {
            this.bytes = bytes;
        }

        static Name of(String name) {
            JsonBytes b = new JsonBytes(name.length() * 3 + 3);
            b.quoted(name);
            b.ensure(1);
            b.out[b.size++] = ':';
            return new Name(b.toBytes());
        }
    }

    /** A field name encoded beforehand: the same bytes as {@link #name(String)}. */
    JsonBytes name(Name name) {
        separate();
        byte[] bytes = name.bytes;
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
        filled[depth] = false; // the value after a name takes no comma
        return this;
    }

    JsonBytes value(String s) {
        separate();
        if (s == null) {
            ascii("null");
        } else {
            quoted(s);
        }
        return this;
    }

    JsonBytes value(long n) {
        separate();
        ascii(Long.toString(n));
        return this;
    }

    JsonBytes value(double d) {
        separate();
        if (Double.isFinite(d)) {
            ascii(Double.toString(d));
        } else {
            quoted(Double.toString(d)); // as Jackson writes NaN and infinities by default
        }
        return this;
    }

    JsonBytes value(boolean b) {
        separate();
        ascii(b ? "true" : "false");
        return this;
    }

    private JsonBytes open(char c) {
        separate();
        if (depth + 1 == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested deeper than " + (MAX_DEPTH - 1));
        }
        ensure(1);
        out[size++] = (byte) c;
        filled[++depth] = false;
        return this;
    }

    private JsonBytes close(char c) {
        ensure(1);
        out[size++] = (byte) c;
        depth--;
        return this;
    }

    /** A comma before every value but the first of its container (a field's value was marked by {@link #name}). */
    private void separate() {
        if (filled[depth]) {
            ensure(1);
            out[size++] = ',';
        }
        filled[depth] = true;
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            out[size++] = (byte) s.charAt(i);
        }
    }

    private void quoted(String s) {
        int n = s.length();
        ensure(n * 3 + 2); // at most three bytes per char, or six for an escape of a control char (rare: grown there)
        byte[] b = out;
        int p = size;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                    continue;
                }
                size = p;
                escape(c, n - i);
                b = out;
                p = size;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                size = p;
                unicodeEscape(c, n - i);
                b = out;
                p = size;
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[p++] = '"';
        size = p;
    }

    /** Escapes an ASCII char as Jackson does; {@code left} chars (this one included) remain to be written. */
    private void escape(char c, int left) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) {
            unicodeEscape(c, left);
            return;
        }
        ensure(2 + left * 3 + 1);
        out[size++] = '\\';
        out[size++] = (byte) shortForm;
    }

    private void unicodeEscape(char c, int left) {
        ensure(6 + left * 3 + 1);
        out[size++] = '\\';
        out[size++] = 'u';
        out[size++] = HEX[c >> 12 & 0xF];
        out[size++] = HEX[c >> 8 & 0xF];
        out[size++] = HEX[c >> 4 & 0xF];
        out[size++] = HEX[c & 0xF];
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
