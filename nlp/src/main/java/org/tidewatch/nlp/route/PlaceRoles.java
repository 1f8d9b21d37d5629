package org.tidewatch.nlp.route;

import java.util.List;
import java.util.Set;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.route.RouteExtractor.Item;

/**
 * The role of each place the scan found, from its Arabic-script or Ge'ez clitic, its case ending, the markers
 * before and after it, and the payment clause it may stand in. Stateless.
 */
final class PlaceRoles {
    private static final Set<String> TO_PREFIXES = Set.of("ل", "لل", "ول", "ولل", "ወደ", "ናብ", "ለ");
    private static final Set<String> FROM_PREFIXES = Set.of("م", "وم", "ከ", "ካብ");
    private static final Set<String> LOC_PREFIXES = Set.of("ب", "بال", "وب", "وبال", "በ");
    private static final Set<String> FROM_SUFFIXES = Set.of("dan", "den", "tan", "ten", "ndan", "nden", "هوه", "وه");
    private static final Set<String> TO_SUFFIXES = Set.of("a", "e", "ya", "ye", "na", "ne");
    private static final Set<String> LOC_SUFFIXES = Set.of("da", "de", "ta", "te", "nda", "nde", "ndaki", "ndeki",
            "daki", "deki", "دا");
    /** Endings that say the role even without an apostrophe; a bare -a/-e/-de is also a Slavic or Albanian case. */
    private static final Set<String> DISTINCT = Set.of("dan", "den", "tan", "ten", "ndan", "nden", "ya", "ye",
            "ndaki", "ndeki", "daki", "deki", "nda", "nde", "هوه", "وه", "دا");

    /** How many tokens a payment or arrival word may stand from the place it speaks of. */
    private static final int PAY_WINDOW = 8;

    private PlaceRoles() {
    }

    /** The role of place item {@code q}: its clitic or case ending, the marker before it, the marker after it. */
    static Role role(List<Item> items, int q, List<Token> tokens) {
        Item it = items.get(q);
        Role role = Role.NONE;
        if (it.prefix != null) {
            role = TO_PREFIXES.contains(it.prefix) ? Role.TO : FROM_PREFIXES.contains(it.prefix) ? Role.FROM
                    : LOC_PREFIXES.contains(it.prefix) ? Role.LOC : Role.NONE;
        }
        boolean inferred = false;
        if (it.suffix != null && (it.apostrophe || DISTINCT.contains(it.suffix))) {
            String s = it.suffix;
            inferred = !it.apostrophe;
            role = FROM_SUFFIXES.contains(s) ? Role.FROM : TO_SUFFIXES.contains(s) ? Role.TO
                    : LOC_SUFFIXES.contains(s) ? Role.LOC : role;
        }
        Role back = backRole(items, q, tokens);
        if (back == Role.ARRIVE) {
            back = Role.TO;
        } else if (back == Role.PAY || back == Role.PAY_ON_ARRIVAL || back == Role.JOURNEY) {
            back = null;
        }
        if (back != null && (role == Role.NONE || inferred || back == Role.VIA || back == Role.EXCL)) {
            role = back;
        }
        if (q + 1 < items.size()) {
            Item next = items.get(q + 1);
            if (next.place == null && next.after != null && next.from == it.to && next.clause == it.clause) {
                Role after = next.after == Role.ARRIVE ? Role.TO : next.after;
                // A postposition completes a weak preposition: German "von Libyen aus" is a departure.
                if (after == Role.VIA || after == Role.EXCL || role == Role.NONE
                        || role == Role.LOC && after != Role.LOC || role == Role.FROM_WEAK && after == Role.FROM) {
                    role = after;
                }
            }
        }
        return role;
    }

    /**
     * Whether destination {@code q} sits in a payment clause: a payment word and an arrival verb near it in its
     * clause, with no other place between ("pay after you reach London", "الدفع بعد ما توصل لندن", "Londra'ya varınca
     * ödeme", "پیسې اتن ته د رسیدو وروسته"). Such a clause says when to pay; it does not add a leg.
     */
    static boolean paymentClause(List<Item> items, int q) {
        Item it = items.get(q);
        boolean pay = false;
        boolean arrive = false;
        for (int k = q - 1; k >= 0; k--) {
            Item m = items.get(k);
            if (m.place != null || m.clause != it.clause || it.from - m.to > PAY_WINDOW) {
                break;
            }
            pay |= m.before == Role.PAY || m.before == Role.PAY_ON_ARRIVAL;
            arrive |= m.before == Role.ARRIVE || m.after == Role.ARRIVE || m.before == Role.PAY_ON_ARRIVAL;
        }
        for (int k = q + 1; k < items.size(); k++) {
            Item m = items.get(k);
            if (m.place != null || m.clause != it.clause || m.from - it.to > PAY_WINDOW) {
                break;
            }
            pay |= m.before == Role.PAY || m.before == Role.PAY_ON_ARRIVAL;
            arrive |= m.before == Role.ARRIVE || m.after == Role.ARRIVE || m.before == Role.PAY_ON_ARRIVAL;
        }
        return pay && arrive;
    }

    /** The role of the nearest marker before item {@code q}, articles skipped; EXCL/LOC one word further win. */
    private static Role backRole(List<Item> items, int q, List<Token> tokens) {
        int start = items.get(q).from;
        int k = q - 1;
        int guard = 0;
        while (k >= 0 && guard++ < 4) {
            Item m = items.get(k);
            if (m.place != null || !adjacent(tokens, m.to, start) || m.before == null) {
                return null;
            }
            start = m.from;
            k--;
            if (m.before == Role.ARTICLE) {
                continue;
            }
            Role found = m.before;
            // A verb of leaving or arriving, or a noun of travel, makes the weak preposition after it strong:
            // "partito dalla", "la traversata dalla", "arrive in".
            if (k >= 0 && items.get(k).place == null && adjacent(tokens, items.get(k).to, start)) {
                Role verb = items.get(k).before;
                if (found == Role.FROM_WEAK && (verb == Role.FROM || verb == Role.JOURNEY)) {
                    return Role.FROM;
                }
                if ((found == Role.WEAK_TO || found == Role.TO) && verb == Role.ARRIVE) {
                    return verb;
                }
                if (found == Role.WEAK_TO && verb == Role.JOURNEY) {
                    return Role.TO;  // "prelazak u Mađarsku", "të çon në Gjermani", "le voyage en Espagne"
                }
            }
            while (k >= 0 && items.get(k).place == null && items.get(k).before == Role.ARTICLE
                    && adjacent(tokens, items.get(k).to, start)) {
                start = items.get(k).from;
                k--;
            }
            if (k >= 0 && items.get(k).place == null && adjacent(tokens, items.get(k).to, start)
                    && (items.get(k).before == Role.EXCL || items.get(k).before == Role.LOC)) {
                return items.get(k).before;
            }
            return found;
        }
        return null;
    }

    /** Whether only colons, quotes and spaces stand between token {@code end} and token {@code start}. */
    static boolean adjacent(List<Token> tokens, int end, int start) {
        for (int i = end; i < start; i++) {
            if (tokens.get(i).kind() != Token.Kind.COLON) {
                return false;
            }
        }
        return true;
    }
}
