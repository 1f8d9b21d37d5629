package org.tidewatch.index.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tidewatch.index.SearchRequest.SortOrder;

/**
 * Where a page ended: the sort value and id of its last hit, as an opaque URL-safe token.
 *
 * @param order the order the token belongs to
 * @param value the last hit's score (float bits) or time (epoch millis)
 * @param id    the last hit's post id (the tie-break of time orders; in relevance order, found again to resume after it)
 */
public record Cursor(SortOrder order, long value, String id) {
    /** The token. */
    public String encode() {
        String raw = order.name().charAt(0) + ":" + value + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #encode()} for the same order.
     *
     * @throws IllegalArgumentException when it is not such a token
     */
    public static Cursor decode(String token, SortOrder order) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int a = raw.indexOf(':');
            int b = raw.indexOf(':', a + 1);
            if (a != 1 || b < 0 || raw.charAt(0) != order.name().charAt(0)) {
                throw new IllegalArgumentException("cursor does not belong to a " + order + " search: " + token);
            }
            return new Cursor(order, Long.parseLong(raw.substring(a + 1, b)), raw.substring(b + 1));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cursor")) {
                throw e;
            }
            throw new IllegalArgumentException("cursor is not valid: " + token, e);
        }
    }

    /** Whether a hit with this sort value and id comes after the cursor. */
    boolean precedes(long hitValue, String hitId) {
        int c = compareValues(hitValue, value);
        return c > 0 || (c == 0 && hitId.compareTo(id) > 0);
    }

    /** Positive when {@code a} sorts after {@code b} in this order. */
    int compareValues(long a, long b) {
        return switch (order) {
            case RELEVANCE -> Float.compare(Float.intBitsToFloat((int) b), Float.intBitsToFloat((int) a));
            case NEWEST -> Long.compare(b, a);
            case OLDEST -> Long.compare(a, b);
        };
    }
}
