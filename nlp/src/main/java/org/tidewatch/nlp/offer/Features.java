package org.tidewatch.nlp.offer;

import java.util.Arrays;
import java.util.List;
import org.tidewatch.nlp.match.Token;

/**
 * Hashed sparse features of a text for the offer model: folded words, word pairs and character trigrams of
 * each word (which carry over spelling variants, clitics and suffixes). Stateless and thread-safe.
 */
public final class Features {
    /** Number of hash buckets (a power of two). */
    public static final int DIM = 1 << 18;

    private Features() {
    }

    /** The distinct feature indices of {@code tokens}, sorted. */
    public static int[] of(List<Token> tokens) {
        int[] buf = new int[64];
        int n = 0;
        String prev = null;
        for (Token t : tokens) {
            if (!t.isWord()) {
                if (t.kind() == Token.Kind.BREAK) {
                    prev = null;
                }
                continue;
            }
            String w = t.folded();
            if (w.isEmpty() || isNumber(w)) {
                prev = null;
                continue;
            }
            if (n + w.length() + 4 > buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2 + w.length() + 4);
            }
            buf[n++] = bucket(w.hashCode() * 31 + 1);
            if (prev != null) {
                buf[n++] = bucket((prev.hashCode() * 31 + w.hashCode()) * 31 + 2);
            }
            int len = w.length();
            for (int i = -1; i + 2 <= len; i++) {
                int h = 3;
                for (int k = i; k < i + 3; k++) {
                    char c = k < 0 || k >= len ? '#' : w.charAt(k);
                    h = h * 31 + c;
                }
                buf[n++] = bucket(h * 17 + 3);
            }
            prev = w;
        }
        int[] out = Arrays.copyOf(buf, n);
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[m++] = out[i];
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int bucket(int h) {
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h & (DIM - 1);
    }
}
