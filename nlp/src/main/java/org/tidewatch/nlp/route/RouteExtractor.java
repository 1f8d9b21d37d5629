package org.tidewatch.nlp.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidewatch.core.Route;
import org.tidewatch.nlp.match.Fold;
import org.tidewatch.nlp.match.PhraseIndex;
import org.tidewatch.nlp.match.Token;

/**
 * Finds routes in tokens: places from the {@link Gazetteer}, roles from {@link RouteMarkers}, clitics and case
 * suffixes, then the grammar of {@link RouteGrammar}. Thread-safe.
 */
public final class RouteExtractor {
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

    private static final Set<String> EUROPE = Set.of("AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE",
            "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LT", "LU", "LV", "ME", "MK", "MT", "NL", "NO",
            "PL", "PT", "RO", "RS", "SE", "SI", "SK", "XK");

    /** How many tokens a payment word may stand before the place its arrival verb governs. */
    private static final int PAY_WINDOW = 8;

    private final Gazetteer gazetteer;
    private final RouteMarkers markers;

    public RouteExtractor(Gazetteer gazetteer, RouteMarkers markers) {
        this.gazetteer = gazetteer;
        this.markers = markers;
    }

    /** The extractor over the bundled gazetteer and markers. */
    public static RouteExtractor standard() {
        return new RouteExtractor(Gazetteer.load(), RouteMarkers.load());
    }

    /** The gazetteer this extractor reads. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Places and routes of one text. */
    public record Result(List<Mention> mentions, List<Route> routes) {
    }

    /** Finds the place mentions and the routes in {@code tokens}. */
    public Result extract(List<Token> tokens) {
        List<Item> items = scan(tokens);
        List<Item> places = new ArrayList<>();
        for (int q = 0; q < items.size(); q++) {
            Item it = items.get(q);
            if (it.place != null) {
                it.role = role(items, q, tokens);
                it.paid = (it.role == Role.TO || it.role == Role.NONE) && paymentClause(items, q);
                places.add(it);
            }
        }
        RouteGrammar grammar = new RouteGrammar(tokens, items);
        grammar.propagate(places);
        List<Item[]> pairs = grammar.routes(places);
        Map<String, Route> routes = new LinkedHashMap<>();
        for (Item[] p : pairs) {
            Place o = p[0] == null ? null : p[0].place;
            Place d = p[1] == null ? null : p[1].place;
            if (o == null && d == null || o != null && d != null && o.name().equals(d.name())) {
                continue;
            }
            Route r = new Route(o == null ? null : o.name(), o == null ? null : o.country(),
                    d == null ? null : d.name(), d == null ? null : d.country());
            routes.putIfAbsent(r.placeKey(), r);
        }
        dropSubsumed(routes);
        List<Mention> mentions = new ArrayList<>(places.size());
        for (Item it : places) {
            mentions.add(new Mention(it.place, it.from, it.to, it.clause, it.role));
        }
        return new Result(mentions, new ArrayList<>(routes.values()));
    }

    /**
     * Drops a route another one says more precisely: an open end whose country another route reaches
     * ("to Spain" next to "Tangier to Tarifa"), and a country-to-country route restated with places.
     */
    private static void dropSubsumed(Map<String, Route> routes) {
        List<Route> all = new ArrayList<>(routes.values());
        routes.values().removeIf(r -> {
            for (Route o : all) {
                if (o == r) {
                    continue;
                }
                if (r.from() == null && r.toCountry() == null && "Europe".equals(r.to()) && o.toCountry() != null
                        && EUROPE.contains(o.toCountry())) {
                    return true;
                }
                if (r.from() == null && r.toCountry() != null && r.toCountry().equals(o.toCountry()) && o.from() != null) {
                    return true;
                }
                if (r.to() == null && r.fromCountry() != null && r.fromCountry().equals(o.fromCountry()) && o.to() != null) {
                    return true;
                }
                if (r.from() != null && r.to() != null && r.countryKey().equals(o.countryKey())
                        && isCountry(r.from(), r.fromCountry()) && isCountry(r.to(), r.toCountry())
                        && !(isCountry(o.from(), o.fromCountry()) && isCountry(o.to(), o.toCountry()))) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean isCountry(String name, String cc) {
        return cc != null && name != null && name.equals(CountryNames.english(cc));
    }

    private List<Item> scan(List<Token> tokens) {
        List<Item> items = new ArrayList<>();
        int clause = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.BREAK) {
                clause++;
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            PhraseIndex.Match<Place> pm = gazetteer.placeAt(tokens, i);
            RouteMarkers.Found mk = markers.at(tokens, i);
            int pl = pm == null ? 0 : pm.to() - i;
            int ml = mk == null ? 0 : mk.to() - i;
            if (pl > 0 && pl >= ml) {
                Item it = new Item(i, pm.to(), clause);
                it.place = pm.value();
                it.prefix = pm.prefix();
                it.suffix = pm.suffix();
                it.apostrophe = tokens.get(pm.to() - 1).suffix() != null;
                items.add(it);
                i = pm.to() - 1;
            } else if (ml > 0) {
                Item it = new Item(i, mk.to(), clause);
                it.before = mk.before();
                it.after = mk.after();
                it.between = mk.between();
                items.add(it);
                i = mk.to() - 1;
            }
        }
        return items;
    }

    private static Role role(List<Item> items, int q, List<Token> tokens) {
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
    private static boolean paymentClause(List<Item> items, int q) {
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

    /** Whether the token at {@code i} is in a right-to-left script. */
    static boolean rtl(List<Token> tokens, int i) {
        String w = tokens.get(i).folded();
        return !w.isEmpty() && Fold.isArabicScript(w.charAt(0));
    }

    /** A place or a marker found by the scan. */
    static final class Item {
        final int from;
        final int to;
        final int clause;
        Place place;
        String prefix;
        String suffix;
        boolean apostrophe;
        Role before;
        Role after;
        Role between;
        Role role = Role.NONE;
        /** Named in a payment clause: restates a destination, never adds a leg to a country already reached. */
        boolean paid;

        Item(int from, int to, int clause) {
            this.from = from;
            this.to = to;
            this.clause = clause;
        }
    }
}
