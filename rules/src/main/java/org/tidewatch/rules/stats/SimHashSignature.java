package org.tidewatch.rules.stats;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SimHash over word unigrams and bigrams of the case-folded, accent-stripped text, so a repost that changes an emoji,
 * a date or a few words stays within a few bits of the original.
 */
public final class SimHashSignature implements DuplicateSignature {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern URLS = Pattern.compile("https?://\\S+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+]+");

    @Override
    public long of(String text) {
        List<String> features = features(text);
        int[] weights = new int[64];
        for (String feature : features) {
            long h = fnv1a64(feature);
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long signature = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                signature |= 1L << bit;
            }
        }
        return signature;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static List<String> features(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("");
        folded = URLS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String[] words = NON_WORD.split(folded.strip());
        List<String> features = new ArrayList<>(words.length * 2);
        String previous = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            features.add(word);
            if (previous != null) {
                features.add(previous + " " + word);
            }
            previous = word;
        }
        return features;
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV's low bits mix poorly for short inputs; a final avalanche spreads them over all 64 bits.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
