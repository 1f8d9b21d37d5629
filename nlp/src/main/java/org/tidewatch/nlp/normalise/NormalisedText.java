package org.tidewatch.nlp.normalise;

import java.util.Objects;

/**
 * A post's text after {@link TextNormaliser}, with the way back to the original for highlighting.
 *
 * <p>{@link #text()} and {@link #folded()} have the same length and share one offset mapping: character
 * {@code i} of either came from {@code original().substring(originalStart(i), originalEnd(i))}.
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    private final String folded;
    private final int[] starts;
    private final int[] ends;

    NormalisedText(String original, String text, String folded, int[] starts, int[] ends) {
        this.original = Objects.requireNonNull(original, "original");
        this.text = text;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        if (text.length() != folded.length() || starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset arrays must match the text length " + text.length());
        }
    }

    /** The text as it was given. */
    public String original() {
        return original;
    }

    /**
     * The normalised text: NFKC, lower case, ASCII digits, one canonical Arabic letter per variant, no tatweel,
     * harakat or zero-width characters, emoji as spaces, runs of spaces collapsed (a run holding a line break
     * becomes {@code '\n'}). Latin diacritics are kept (Kurmanji ê, Turkish ş, Albanian ë tell languages apart).
     */
    public String text() {
        return text;
    }

    /** {@link #text()} with Latin diacritics removed (é→e, ş→s, ı→i, đ→d); same length and offsets. */
    public String folded() {
        return folded;
    }

    /** Length of {@link #text()} and {@link #folded()}. */
    public int length() {
        return text.length();
    }

    /** Offset in the original of the first character that produced normalised character {@code i}. */
    public int originalStart(int i) {
        if (i == text.length()) {
            return original.length();
        }
        return starts[check(i)];
    }

    /** Offset in the original just past the characters that produced normalised character {@code i}. */
    public int originalEnd(int i) {
        return ends[check(i)];
    }

    /** The original text behind the normalised span {@code [start, end)}. */
    public String originalText(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") outside 0.." + text.length());
        }
        if (start == end) {
            return "";
        }
        return original.substring(starts[start], ends[end - 1]);
    }

    private int check(int i) {
        if (i < 0 || i >= text.length()) {
            throw new IndexOutOfBoundsException("index " + i + " outside 0.." + (text.length() - 1));
        }
        return i;
    }

    @Override
    public String toString() {
        return text;
    }
}
