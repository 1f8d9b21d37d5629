package org.tidewatch.index.dedup;

import java.util.Optional;

/**
 * Near-duplicate grouping over a sliding window of the most recent texts: each text joins the group of its
 * most similar text in the window (estimated Jaccard of word bigrams ≥ {@link #THRESHOLD}), or starts a
 * group named after its own id. Reposts of one advert arrive close together, so a bounded window
 * (default {@value #DEFAULT_WINDOW} texts) finds them while memory stays fixed. Not thread-safe.
 * The index keeps one; the rules module can keep its own to count distinct (author, group) pairs.
 */
public final class DuplicateGroups {
    /** Estimated Jaccard similarity from which two texts are near duplicates. */
    public static final double THRESHOLD = 0.6;
    /** Default number of recent texts compared against. */
    public static final int DEFAULT_WINDOW = 200_000;

    /** A similar earlier text: its id, its group and the estimated similarity. */
    public record Match(String id, String group, double similarity) {
    }

    private final int window;
    private final String[] ids;
    private final String[] groups;
    private final Signature[] signatures;
    private final long[][] bands;
    /** Band hash to the ring slot that last had it. */
    private final LongIntMap byBand;
    private long added;

    /** A grouping that remembers the last {@code window} texts. */
    public DuplicateGroups(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.window = window;
        this.ids = new String[window];
        this.groups = new String[window];
        this.signatures = new Signature[window];
        this.bands = new long[window][];
        this.byBand = new LongIntMap(Math.min(window, 1 << 16) * Signature.BANDS);
    }

    public DuplicateGroups() {
        this(DEFAULT_WINDOW);
    }

    /** The group the text with this id joins; records it. */
    public String assign(String id, String text) {
        Signature signature = Signature.of(text);
        if (signature == null) {
            return id;
        }
        String group = best(signature, id).map(Match::group).orElse(id);
        add(id, signature, group);
        return group;
    }

    /** Records a text's signature and group (evicting the oldest when the window is full). */
    public void add(String id, Signature signature, String group) {
        int slot = (int) (added % window);
        added++;
        ids[slot] = id;
        groups[slot] = group;
        signatures[slot] = signature;
        bands[slot] = signature.bands();
        for (long band : bands[slot]) {
            byBand.put(band, slot);
        }
        if (byBand.size() > window * Signature.BANDS * 2) {
            rebuild(); // drop bands of evicted texts
        }
    }

    /** The most similar recorded text at or above the threshold, other than {@code excludeId}. */
    public Optional<Match> best(Signature signature, String excludeId) {
        Match best = null;
        long[] mine = signature.bands();
        for (int b = 0; b < mine.length; b++) {
            int slot = byBand.get(mine[b]);
            if (slot < 0 || bands[slot] == null || bands[slot][b] != mine[b] || ids[slot].equals(excludeId)) {
                continue; // empty, or the slot has been reused by a later text
            }
            double sim = signature.similarity(signatures[slot]);
            if (sim >= THRESHOLD && (best == null || sim > best.similarity())) {
                best = new Match(ids[slot], groups[slot], sim);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Number of texts in the window. */
    public int size() {
        return (int) Math.min(added, window);
    }

    private void rebuild() {
        byBand.clear();
        long first = Math.max(0, added - window);
        for (long n = first; n < added; n++) {
            int slot = (int) (n % window);
            for (long band : bands[slot]) {
                byBand.put(band, slot);
            }
        }
    }
}
