package org.tidewatch.index;

/** A query that cannot be parsed; the message says where and why. */
public class QuerySyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** Zero-based character position of the problem in the query, -1 if unknown. */
    public int position() {
        return position;
    }
}
