package org.tidewatch.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tidewatch.index.QuerySyntaxException;

/** Splits a query into words, "phrases", field:values, AND/OR/NOT and parentheses, keeping positions. */
final class Lexer {
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z_]+");

    private final String query;
    private int pos;

    private Lexer(String query) {
        this.query = query;
    }

    static List<Token> tokens(String query) {
        return new Lexer(query).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
                pos++;
            }
            if (pos >= query.length()) {
                return tokens;
            }
            char c = query.charAt(pos);
            int start = pos;
            if (c == '(') {
                pos++;
                tokens.add(Token.of(Token.Kind.LPAREN, "(", start));
            } else if (c == ')') {
                pos++;
                tokens.add(Token.of(Token.Kind.RPAREN, ")", start));
            } else if (c == '"') {
                tokens.add(Token.of(Token.Kind.PHRASE, quoted(), start));
            } else if (c == '-' && pos + 1 < query.length() && !isBoundary(query.charAt(pos + 1))
                    && query.charAt(pos + 1) != '-') {
                pos++; // -word is NOT word
                tokens.add(Token.of(Token.Kind.NOT, "-", start));
            } else {
                tokens.add(word(start));
            }
        }
    }

    private Token word(int start) {
        while (pos < query.length() && !isBoundary(query.charAt(pos)) && query.charAt(pos) != ':') {
            pos++;
        }
        String head = query.substring(start, pos);
        if (pos < query.length() && query.charAt(pos) == ':' && FIELD_NAME.matcher(head).matches()) {
            pos++;
            return fieldValue(head, start);
        }
        while (pos < query.length() && !isBoundary(query.charAt(pos))) {
            pos++;
        }
        String text = query.substring(start, pos);
        return switch (text) {
            case "AND", "&&" -> Token.of(Token.Kind.AND, text, start);
            case "OR", "||" -> Token.of(Token.Kind.OR, text, start);
            case "NOT" -> Token.of(Token.Kind.NOT, text, start);
            default -> Token.of(Token.Kind.WORD, text, start);
        };
    }

    private Token fieldValue(String field, int start) {
        int valuePos = pos;
        if (pos >= query.length() || Character.isWhitespace(query.charAt(pos)) || query.charAt(pos) == ')') {
            throw new QuerySyntaxException(
                    "position " + valuePos + ": " + field + ": needs a value right after the colon", valuePos);
        }
        char c = query.charAt(pos);
        if (c == '"') {
            return new Token(Token.Kind.FIELD, quoted(), field, start, valuePos, true);
        }
        if (c == '[' || c == '{') {
            int close = query.indexOf(c == '[' ? ']' : '}', pos);
            if (close < 0) {
                throw new QuerySyntaxException("position " + pos + ": range " + c + " is never closed with "
                        + (c == '[' ? "]" : "}"), pos);
            }
            pos = close + 1;
            return new Token(Token.Kind.FIELD, query.substring(valuePos, pos), field, start, valuePos, false);
        }
        while (pos < query.length() && !isBoundary(query.charAt(pos))) {
            pos++;
        }
        return new Token(Token.Kind.FIELD, query.substring(valuePos, pos), field, start, valuePos, false);
    }

    private String quoted() {
        int open = pos;
        int close = query.indexOf('"', open + 1);
        if (close < 0) {
            throw new QuerySyntaxException("position " + open + ": quote \" is never closed", open);
        }
        pos = close + 1;
        return query.substring(open + 1, close);
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }
}
