package org.tidewatch.nlp.price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidewatch.nlp.money.WordEnd;

/**
 * Splits normalised text into numbers (with their grouping resolved), words, currency symbols, punctuation
 * and breaks, for the price grammar.
 */
final class AmountTokens {
    /** Token kinds. */
    enum Kind { NUM, WORD, SYM, PUNCT, BREAK }

    /** One token; {@code value} is set for numbers, {@code skip} marks numbers that are no amount. */
    record Tok(Kind kind, int start, int end, String text, BigDecimal value, boolean skip) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])"                              // South Asian 2,95,000
                    + "|\\d{1,3}(?:([.,' ])\\d{3})(?:\\1\\d{3})*(?:[.,]\\d{1,2})?(?![\\d])" // 3.000 / 3,000 / 3 000
                    + "|\\d+(?:[.,]\\d+)?");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}/\\d{1,2}(?![\\d/])|\\d{1,2}:\\d{2}");

    private static final Pattern SOUTH_ASIAN = Pattern.compile("\\d{1,2}(?:,\\d{2})+,\\d{3}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[.,' ]\\d{3})+");
    private static final Pattern GROUPED_DECIMAL = Pattern.compile("\\d{1,3}(?:[.,' ]\\d{3})+[.,]\\d{1,2}");
    private static final Pattern SEPARATORS = Pattern.compile("[.,' ]");

    private AmountTokens() {
    }

    /** A digit run inside a Latin word ("jom3a", "el7ob") is an Arabizi letter, not a number. */
    private static boolean arabiziLetter(String s, int start, int end) {
        return start > 0 && end < s.length() && latinLetter(s.charAt(start - 1)) && latinLetter(s.charAt(end));
    }

    private static boolean latinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    static List<Tok> tokenize(String s) {
        Matcher dm = DATE_OR_TIME.matcher(s);
        List<Tok> out = new ArrayList<>();
        Matcher nm = NUMBER.matcher(s);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !isDigit(s.charAt(i - 1)))) {
                dm.region(i, n);
                if (dm.lookingAt()) {
                    // A date or a time is one number that is never an amount.
                    out.add(new Tok(Kind.NUM, i, dm.end(), s.substring(i, dm.end()), null, true));
                    i = dm.end();
                    continue;
                }
            }
            if (c >= '0' && c <= '9') {
                nm.region(i, n);
                nm.lookingAt();
                int end = nm.end();
                String t = s.substring(i, end);
                BigDecimal value = parse(t);
                boolean skip = value == null || (t.length() > 1 && t.charAt(0) == '0' && !t.startsWith("0.")
                        && !t.startsWith("0,")) || arabiziLetter(s, i, end);
                out.add(new Tok(Kind.NUM, i, end, t, value, skip));
                i = end;
            } else if (Character.isLetter(c)) {
                int start = i;
                i = WordEnd.of(s, start);
                out.add(new Tok(Kind.WORD, start, i, s.substring(start, i), null, false));
            } else if (c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 == n
                    || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
                out.add(new Tok(Kind.BREAK, i, i + 1, String.valueOf(c), null, false));
                i++;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                out.add(new Tok(Kind.SYM, i, i + 1, String.valueOf(c), null, false));
                i++;
            } else if (c == ' ') {
                i++;
            } else {
                out.add(new Tok(Kind.PUNCT, i, i + 1, String.valueOf(c), null, false));
                i++;
            }
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a number as written: thousands separators dropped, a final 1-2 digit group a decimal. */
    static BigDecimal parse(String t) {
        String digits;
        boolean plain = true;
        for (int i = 0; i < t.length() && plain; i++) {
            plain = Character.isDigit(t.charAt(i));
        }
        if (plain) {
            digits = t;
        } else if (SOUTH_ASIAN.matcher(t).matches()) {
            digits = t.replace(",", "");
        } else if (GROUPED.matcher(t).matches()) {
            digits = SEPARATORS.matcher(t).replaceAll("");
        } else if (GROUPED_DECIMAL.matcher(t).matches()) {
            int last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
            digits = SEPARATORS.matcher(t.substring(0, last)).replaceAll("") + "." + t.substring(last + 1);
        } else {
            digits = t.replace(',', '.');
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
