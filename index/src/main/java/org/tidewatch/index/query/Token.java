package org.tidewatch.index.query;

/**
 * One token of a query.
 *
 * @param kind     what it is
 * @param text     the word, the phrase without quotes, the field value, or the operator
 * @param field    the field name for {@link Kind#FIELD}, else null
 * @param position zero-based offset of the token in the query
 * @param valuePos offset of the field value (for {@link Kind#FIELD}), else the position
 * @param quoted   whether the text or field value was in double quotes
 */
record Token(Kind kind, String text, String field, int position, int valuePos, boolean quoted) {
    enum Kind { WORD, PHRASE, FIELD, AND, OR, NOT, LPAREN, RPAREN }

    static Token of(Kind kind, String text, int position) {
        return new Token(kind, text, null, position, position, kind == Kind.PHRASE);
    }

    /** How the token reads in an error message. */
    String display() {
        return switch (kind) {
            case FIELD -> field + ":" + (quoted ? "\"" + text + "\"" : text);
            case PHRASE -> "\"" + text + "\"";
            default -> text;
        };
    }
}
