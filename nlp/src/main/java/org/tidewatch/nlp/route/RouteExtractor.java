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
 * suffixes ({@link PlaceRoles}), then the grammar of {@link RouteGrammar}. Thread-safe.
 */
public final class RouteExtractor {
    private static final Set<String> EUROPE = Set.of("AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE",
            "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LT", "LU", "LV", "ME", "MK", "MT", "NL", "NO",
            "PL", "PT", "RO", "RS", "SE", "SI", "SK", "XK");

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
        List<Item> items = mergeSideBySide(scan(tokens));
        List<Item> places = new ArrayList<>();
        for (int q = 0; q < items.size(); q++) {
            Item it = items.get(q);
            if (it.place != null) {
                it.role = PlaceRoles.role(items, q, tokens);
                it.paid = (it.role == Role.TO || it.role == Role.NONE) && PlaceRoles.paymentClause(items, q);
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

    /**
     * Two places written side by side with nothing between them, the second inside the first's country, are one
     * place: the second, which names it more precisely ("Canaries (El Hierro)", "جزر الكناري (لانزاروتي)", "İzmir
     * Urla"; brackets are no tokens). The first one's clitic stays, since it carries the role; a first place with
     * a case ending ("Van'dan İstanbul'a") has its own role and stays apart.
     */
    private static List<Item> mergeSideBySide(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (int q = 0; q < items.size(); q++) {
            Item a = items.get(q);
            Item b = q + 1 < items.size() ? items.get(q + 1) : null;
            if (a.place != null && b != null && b.place != null && b.from == a.to && b.clause == a.clause
                    && !b.place.isCountry() && a.place.country() != null && a.place.country().equals(b.place.country())
                    && b.prefix == null && a.suffix == null && !a.apostrophe) {
                Item m = new Item(a.from, b.to, a.clause);
                m.place = b.place;
                m.prefix = a.prefix;
                m.suffix = b.suffix;
                m.apostrophe = b.apostrophe;
                out.add(m);
                q++;
            } else {
                out.add(a);
            }
        }
        return out;
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
