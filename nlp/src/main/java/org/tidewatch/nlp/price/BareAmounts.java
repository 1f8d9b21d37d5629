package org.tidewatch.nlp.price;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Set;
import org.tidewatch.nlp.price.AmountTokens.Kind;
import org.tidewatch.nlp.price.AmountTokens.Tok;

/**
 * Gives a bare amount the currency of a priced one: the other end of a range ("3000-5000€", "€3000-5000",
 * "between 3000 and 5000 dinars"), or the nearest priced amount when a money word stands before it ("kids 900")
 * or it is written with a thousands word ("ألفين قبل").
 */
final class BareAmounts {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Set<String> RANGE = Set.of("-", "/", "to", "à", "a", "al", "bis", "ve", "ile", "and", "e",
            "y", "و", "الي", "حتي", "لـ", "تا", "ta", "do", "до", "or", "ou", "o", "und", "et", "i", "veya", "يا",
            "او", "ila", "dan", "w", "wa");
    /** How far (characters) a money word lets a bare amount reach for a currency outside its sentence. */
    private static final int INHERIT_DISTANCE = 120;

    private BareAmounts() {
    }

    /** An amount in the text, priced or still bare ({@code currency} null). */
    record Found(int start, int end, BigDecimal raw, BigDecimal multiplier, BigDecimal total,
                 String currency, int firstTok, int lastTok, boolean cue) {
    }

    /** A bare amount in a range with a priced one, or after a money word, takes that amount's currency. */
    static Found inherit(Found b, List<Tok> toks, List<Found> priced) {
        Found partner = null;
        int k = b.lastTok() + 1;
        if (k < toks.size() && RANGE.contains(toks.get(k).text())) {
            for (Found p : priced) {
                if ((p.firstTok() == k + 1 || p.firstTok() == k + 2 && toks.get(k + 1).kind() != Kind.NUM)
                        && b.raw().compareTo(p.raw()) < 0) {
                    partner = p;
                }
            }
        }
        if (partner == null && b.firstTok() >= 2 && RANGE.contains(toks.get(b.firstTok() - 1).text())) {
            // "€3000-5000", "$2,500 to 3,000": the second end follows a priced amount.
            for (Found p : priced) {
                boolean adjacent = p.lastTok() == b.firstTok() - 2;
                // A range goes up: "120,000 euros and 3 boats" is no range.
                if (adjacent && b.total().compareTo(p.total()) > 0) {
                    return withCurrency(b, b.total(), p.currency());
                }
            }
        }
        if (partner != null && partner.raw().signum() > 0) {
            BigDecimal scale = partner.total().divide(partner.raw().multiply(partner.multiplier()),
                    MathContext.DECIMAL64);
            BigDecimal mult = b.multiplier().compareTo(BigDecimal.ONE) == 0 && b.raw().compareTo(partner.raw()) <= 0
                    ? partner.multiplier() : b.multiplier();
            return withCurrency(b, b.raw().multiply(mult).multiply(scale), partner.currency());
        }
        // Written with a thousands word ("6 آلاف دينار، ألفين قبل"), a bare amount is money in its sentence.
        boolean thousands = b.multiplier().compareTo(THOUSAND) >= 0;
        if (!b.cue() && !thousands || b.total().compareTo(BigDecimal.TEN) < 0 || !b.cue() && isYear(b)) {
            return null;
        }
        Found nearest = null;
        int best = Integer.MAX_VALUE;
        for (Found p : priced) {
            int d = p.start() > b.end() ? p.start() - b.end() : b.start() - p.end();
            boolean sameSentence = !hasBreak(toks, Math.min(p.lastTok(), b.lastTok()), Math.max(p.firstTok(), b.firstTok()));
            if ((sameSentence || d <= INHERIT_DISTANCE && b.cue()) && d < best) {
                best = d;
                nearest = p;
            }
        }
        return nearest == null ? null : withCurrency(b, b.total(), nearest.currency());
    }

    private static boolean isYear(Found b) {
        return b.multiplier().compareTo(BigDecimal.ONE) == 0 && b.raw().scale() <= 0
                && b.raw().compareTo(BigDecimal.valueOf(1950)) >= 0 && b.raw().compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    private static boolean hasBreak(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (toks.get(k).kind() == Kind.BREAK) {
                return true;
            }
        }
        return false;
    }

    private static Found withCurrency(Found b, BigDecimal total, String currency) {
        return new Found(b.start(), b.end(), b.raw(), b.multiplier(), total, currency, b.firstTok(), b.lastTok(), false);
    }
}
