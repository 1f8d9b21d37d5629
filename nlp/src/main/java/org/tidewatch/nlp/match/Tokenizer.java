package org.tidewatch.nlp.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and the punctuation the grammars use (arrows, dashes, commas, slashes, sentence
 * breaks, flag emojis). Stateless and thread-safe.
 */
public final class Tokenizer {
    private static final String ELISIONS = "l d qu j s n m c t";
    /** Italian articulated prepositions and French conjunctions that elide too ({@code all'Italia}, {@code jusqu'à}). */
    private static final java.util.Set<String> LONG_ELISIONS = java.util.Set.of("all", "dall", "nell", "sull", "dell",
            "coll", "quest", "un", "jusqu", "lorsqu", "puisqu", "quelqu");

    /** The tokens of {@code text}, in order; capitals are read from the text itself. */
    public List<Token> tokenize(String text) {
        return tokenize(text, text, null);
    }

    /**
     * The tokens of a normalised text (lower case), with capitals read from the original through the offsets.
     */
    public List<Token> tokenize(org.tidewatch.nlp.normalise.NormalisedText nt) {
        return tokenize(nt.text(), nt.original(), nt);
    }

    private List<Token> tokenize(String text, String original, org.tidewatch.nlp.normalise.NormalisedText nt) {
        List<Token> out = new ArrayList<>(text.length() / 4 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i = word(text, i, out, original, nt);
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp >= 0x1F1E6 && cp <= 0x1F1FF && i + 2 < n) {
                int cp2 = text.codePointAt(i + 2);
                if (cp2 >= 0x1F1E6 && cp2 <= 0x1F1FF) {
                    String cc = "" + (char) ('A' + cp - 0x1F1E6) + (char) ('A' + cp2 - 0x1F1E6);
                    out.add(new Token(Token.Kind.FLAG, cc, i, i + 4, null, 0));
                    i += 4;
                    continue;
                }
            }
            i = punct(text, i, cp, len, out);
        }
        return out;
    }

    private static int punct(String text, int i, int cp, int len, List<Token> out) {
        int n = text.length();
        switch (cp) {
            case '\n', '.', '!', '?', ';', '؟', '۔', '።', '|', '•', '\u2029', '\u2028' -> {
                boolean decimal = cp == '.' && i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1));
                if (!decimal) {
                    add(out, Token.Kind.BREAK, i, i + 1);
                }
            }
            case ',', '،', '፣' -> add(out, Token.Kind.COMMA, i, i + 1);
            case '/', '\\' -> add(out, Token.Kind.SLASH, i, i + 1);
            case ':', '፤' -> add(out, Token.Kind.COLON, i, i + 1);
            case '→', '➡', '⟶', '➔', '➜', '➝', '➞', '⇒', '⇨', '►', '▶', '⏩', '⮕', '↪', '⟹', '»' -> {
                if ((cp == '➡' || cp == '→') && !out.isEmpty() && out.get(out.size() - 1).kind() == Token.Kind.ARROW_BACK
                        && out.get(out.size() - 1).end() >= i - 2) {
                    Token back = out.remove(out.size() - 1);
                    out.add(new Token(Token.Kind.ARROW_BOTH, "", back.start(), i + len, null, 0));
                } else {
                    add(out, Token.Kind.ARROW, i, i + len);
                }
            }
            case '←', '⬅', '⟵', '⇐', '◀', '◄', '«' -> add(out, Token.Kind.ARROW_BACK, i, i + len);
            case '⇄', '⇆', '↔', '⟷', '⇔', '⟺', '↹' -> add(out, Token.Kind.ARROW_BOTH, i, i + len);
            case '-', '–', '—', '―', '−', '=', '<', '>' -> {
                return dashes(text, i, out);
            }
            default -> { }
        }
        return i + len;
    }

    /** Dashes, {@code ->}, {@code =>}, {@code <-}, {@code <->}: a run of - = < > read as one token. */
    private static int dashes(String text, int i, List<Token> out) {
        int n = text.length();
        int j = i;
        boolean lt = false;
        boolean gt = false;
        while (j < n && "-–—―−=<>".indexOf(text.charAt(j)) >= 0) {
            lt |= text.charAt(j) == '<';
            gt |= text.charAt(j) == '>';
            j++;
        }
        Token.Kind kind;
        if (lt && gt) {
            kind = Token.Kind.ARROW_BOTH;
        } else if (gt) {
            kind = Token.Kind.ARROW;
        } else if (lt) {
            kind = Token.Kind.ARROW_BACK;
        } else if (text.charAt(i) == '=') {
            return j;
        } else {
            boolean tight = i > 0 && j < n && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(j));
            kind = tight ? Token.Kind.TIGHT_DASH : Token.Kind.DASH;
        }
        add(out, kind, i, j);
        return j;
    }

    private static void add(List<Token> out, Token.Kind kind, int start, int end) {
        out.add(new Token(kind, "", start, end, null, 0));
    }

    private static boolean isWordChar(char c) {
        if (c >= 0xFE00 && c <= 0xFE0F || c == 0x20E3) {
            return false;
        }
        if (Character.isLetterOrDigit(c) || c == '\u200c' || c == '\u200d' || c == 'ـ') {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '`' || c == '´';
    }

    /** One word; an apostrophe inside it is a French elision ({@code l'Italie}) or a Turkish suffix. */
    private static int word(String text, int start, List<Token> out, String original,
                            org.tidewatch.nlp.normalise.NormalisedText nt) {
        int n = text.length();
        int j = start;
        while (j < n && isWordChar(text.charAt(j))) {
            j++;
        }
        if (j + 1 < n && isApostrophe(text.charAt(j)) && isWordChar(text.charAt(j + 1))) {
            String left = Fold.fold(text.substring(start, j));
            int k = j + 1;
            while (k < n && isWordChar(text.charAt(k))) {
                k++;
            }
            String right = Fold.fold(text.substring(j + 1, k));
            if (left.length() <= 2 && (" " + ELISIONS + " ").contains(" " + left + " ") || LONG_ELISIONS.contains(left)) {
                out.add(new Token(Token.Kind.WORD, left.equals("d") ? "de" : left, start, j, null, caps(original, nt, start, j)));
                return j + 1;
            }
            out.add(new Token(Token.Kind.WORD, left, start, k, right, caps(original, nt, start, j)));
            return k;
        }
        out.add(new Token(Token.Kind.WORD, Fold.fold(text.substring(start, j)), start, j, null, caps(original, nt, start, j),
                marked(text, start, j)));
        return j;
    }

    /** Whether {@code text[start, end)} has a Latin letter with a diacritic (Latin-1 to Latin Extended Additional). */
    private static boolean marked(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7 || c >= 0x1E00 && c <= 0x1EFF) {
                return true;
            }
        }
        return false;
    }

    private static int caps(String original, org.tidewatch.nlp.normalise.NormalisedText nt, int start, int end) {
        if (nt == null) {
            return caps(original, start, end);
        }
        int os = nt.originalStart(start);
        int oe = nt.originalEnd(end - 1);
        return os < oe ? caps(original, os, oe) : 0;
    }

    private static int caps(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return 0;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return 1;
            }
        }
        return end - start >= 2 ? 2 : 1;
    }
}
