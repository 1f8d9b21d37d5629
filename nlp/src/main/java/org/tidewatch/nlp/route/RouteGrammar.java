package org.tidewatch.nlp.route;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.route.RouteExtractor.Item;

/**
 * Turns the places of one text, with their roles, into (origin, destination) pairs: arrow and dash chains, "from
 * A to B", legs ("then"), alternatives joined by "and"/","/"/", a departure followed by a bare place
 * (postpositional languages), a departure carried to the next line's destination, and, when nothing else gave a
 * route, two bare places written next to each other. One instance per text.
 */
final class RouteGrammar {
    private enum Conn { ARROW, BACK, BOTH, DASH, COMMA, SLASH, AND, THEN, ADJ, GAP }

    private static final int MAX_GAP = 4;

    private final List<Token> tokens;
    private final List<Item> items;

    RouteGrammar(List<Token> tokens, List<Item> items) {
        this.tokens = tokens;
        this.items = items;
    }

    /** Spreads VIA, EXCL and LOC over places listed with them ("via A and B", "visa (France, Italy)"). */
    void propagate(List<Item> places) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 1; i < places.size(); i++) {
                Item a = places.get(i - 1);
                Item b = places.get(i);
                Conn c = a.clause == b.clause ? conn(a, b) : null;
                if (c == null || !isList(c) && !(c == Conn.DASH && a.role == Role.EXCL)) {
                    continue;
                }
                if (blocking(a.role) && b.role == Role.NONE) {
                    b.role = a.role;
                } else if (b.role == Role.VIA && a.role == Role.NONE) {
                    a.role = Role.VIA;
                }
            }
        }
    }

    private static boolean blocking(Role r) {
        return r == Role.VIA || r == Role.EXCL || r == Role.LOC;
    }

    private static boolean isList(Conn c) {
        return c == Conn.AND || c == Conn.COMMA || c == Conn.SLASH;
    }

    /** The route pairs, in order of appearance; a null element is an unknown end. */
    List<Item[]> routes(List<Item> places) {
        List<Item[]> out = new ArrayList<>();
        List<Item> carried = List.of();
        int i = 0;
        while (i < places.size()) {
            int j = i;
            while (j < places.size() && places.get(j).clause == places.get(i).clause) {
                j++;
            }
            carried = clause(places.subList(i, j), carried, out);
            i = j;
        }
        leftoverOrigins(places, out);
        if (out.isEmpty()) {
            fallback(places, out);
        }
        return out;
    }

    /**
     * Departures no destination followed: they complete a route written destination first ("to Spain from
     * Tangier", "UK trips from Calais"), else pair with a bare place before them in the sentence, else stand
     * alone ("the boat left Sfax").
     */
    private void leftoverOrigins(List<Item> places, List<Item[]> out) {
        boolean hasRoute = !out.isEmpty();
        java.util.Set<Item> used = new java.util.HashSet<>();
        for (Item[] p : out) {
            used.add(p[0]);
        }
        for (Item f : places) {
            if (f.role != Role.FROM && f.role != Role.FROM_WEAK || used.contains(f)) {
                continue;
            }
            Item[] open = null;
            for (Item[] p : out) {
                if (p[0] == null && p[1].clause <= f.clause && (open == null || p[1].from > open[1].from)) {
                    open = p;
                }
            }
            if (open != null) {
                open[0] = f;
                used.add(f);
                continue;
            }
            if (f.role == Role.FROM_WEAK && (!travelIn(f.clause) || afterDe(f))) {
                continue;
            }
            Item before = null;
            for (Item b : places) {
                if (b.clause == f.clause && b.to <= f.from && (b.role == Role.NONE || b.role == Role.WEAK_TO) && !b.place.name().equals(f.place.name())) {
                    before = b;
                }
            }
            if (before != null || !hasRoute) {
                // A departure alone is kept only when the post has no other route ("the boat left Sfax").
                out.add(new Item[] {f, before});
            }
            used.add(f);
        }
    }

    /**
     * Whether sentence {@code clause} has a word of travel (a verb of leaving or arriving, a noun of travel): then a
     * weak "from" in it is a departure ("aus Serbien über Ungarn gekommen"), not the "of"/"from" of an origin
     * ("Flüchtlinge aus Syrien").
     */
    private boolean travelIn(int clause) {
        for (Item m : items) {
            if (m.place == null && m.clause == clause
                    && (m.before == Role.JOURNEY || m.before == Role.FROM || m.before == Role.ARRIVE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether French/Spanish "de" (mostly "of") stands just before {@code f}, an article allowed between. */
    private boolean afterDe(Item f) {
        for (int i = f.from - 1; i >= Math.max(0, f.from - 2); i--) {
            String w = tokens.get(i).folded();
            if (w.equals("de") || w.equals("des") || w.equals("du")) {
                return true;
            }
        }
        return false;
    }

    private List<Item> clause(List<Item> places, List<Item> carried, List<Item[]> out) {
        List<Item> pendingFrom = new ArrayList<>();
        List<Item> lastOrigins = new ArrayList<>();
        Item lastTo = null;
        Item prev = null;
        for (Item b : places) {
            Conn conn = prev == null ? null : conn(prev, b);
            if (prev != null && isChain(conn) && !blocking(prev.role) && !blocking(b.role)) {
                boolean swap = conn == Conn.BACK && !RouteExtractor.rtl(tokens, prev.from);
                Item o = swap ? b : prev;
                Item d = swap ? prev : b;
                out.add(new Item[] {o, d});
                lastOrigins = new ArrayList<>(List.of(o));
                lastTo = b;
                pendingFrom.clear();
                prev = b;
                continue;
            }
            if (b.paid && reached(out, b)) {
                prev = b;
                continue;
            }
            Role role = b.role == Role.FROM_WEAK ? Role.FROM : b.role;
            if (role == Role.WEAK_TO) {
                role = pendingFrom.isEmpty() && carried.isEmpty() ? Role.NONE : Role.TO;
            }
            switch (role) {
                case FROM -> {
                    if (prev != null && isList(conn) && pendingFrom.contains(prev)) {
                        pendingFrom.add(b);
                    } else {
                        pendingFrom = new ArrayList<>(List.of(b));
                    }
                    lastTo = null;
                }
                case TO -> {
                    List<Item> origins = origins(prev, conn, b, pendingFrom, lastOrigins, lastTo, carried, places);
                    for (Item o : origins) {
                        out.add(new Item[] {o, b});
                    }
                    lastOrigins = origins;
                    lastTo = b;
                    pendingFrom.clear();
                    carried = List.of();
                }
                case NONE -> {
                    if (prev != null && isList(conn) && pendingFrom.contains(prev)) {
                        pendingFrom.add(b);
                        b.role = prev.role;
                    } else if (prev != null && (isList(conn) || conn == Conn.THEN) && prev == lastTo) {
                        if (conn == Conn.THEN) {
                            out.add(new Item[] {prev, b});
                            lastOrigins = new ArrayList<>(List.of(prev));
                            lastTo = b;
                            break;
                        }
                        for (Item o : lastOrigins) {
                            out.add(new Item[] {o, b});
                        }
                        lastTo = b;
                    } else if (prev != null && prev.role == Role.VIA && lastTo == null
                            && (conn == Conn.ADJ || conn == Conn.GAP && gap(prev, b) <= 2)) {
                        // "(کوئٹہ سے) تفتان کے راستے ایران": via one place, then the destination with no marker.
                        lastOrigins = new ArrayList<>(pendingFrom);
                        if (lastOrigins.isEmpty()) {
                            lastOrigins.add(null);
                        }
                        for (Item o : lastOrigins) {
                            out.add(new Item[] {o, b});
                        }
                        lastTo = b;
                        pendingFrom.clear();
                    } else if (prev != null && !pendingFrom.isEmpty() && pendingFrom.contains(prev)
                            && (conn == Conn.ADJ || conn == Conn.GAP && gap(prev, b) <= 2)) {
                        for (Item o : pendingFrom) {
                            out.add(new Item[] {o, b});
                        }
                        lastOrigins = new ArrayList<>(pendingFrom);
                        lastTo = b;
                        pendingFrom.clear();
                    }
                }
                default -> { }
            }
            prev = b;
        }
        return pendingFrom.isEmpty() ? carried : pendingFrom;
    }

    /** Whether a route found so far already ends in the country of {@code b}. */
    private static boolean reached(List<Item[]> out, Item b) {
        for (Item[] p : out) {
            if (p[1] != null && b.place.country() != null && b.place.country().equals(p[1].place.country())) {
                return true;
            }
        }
        return false;
    }

    private List<Item> origins(Item prev, Conn conn, Item b, List<Item> pendingFrom, List<Item> lastOrigins,
                               Item lastTo, List<Item> carried, List<Item> places) {
        if (prev != null && isList(conn) && prev == lastTo) {
            return lastOrigins;
        }
        if (!pendingFrom.isEmpty()) {
            return new ArrayList<>(pendingFrom);
        }
        if (prev != null && prev.role == Role.WEAK_TO && lastTo == null && conn == Conn.GAP && gap(prev, b) <= 1) {
            return List.of(prev);  // "un kwassa à Anjouan pour Mayotte", "a boat in Bosaso for Yemen": boarded there
        }
        if (prev != null && prev.role == Role.NONE && (conn == Conn.ADJ || conn == Conn.GAP && gap(prev, b) <= MAX_GAP
                || conn == Conn.THEN || conn == Conn.COMMA)) {
            List<Item> alts = new ArrayList<>(List.of(prev));
            int k = places.indexOf(prev);
            while (k > 0 && places.get(k - 1).role == Role.NONE && isList(conn(places.get(k - 1), places.get(k)))) {
                alts.add(0, places.get(k - 1));
                k--;
            }
            return alts;
        }
        if (prev != null && prev == lastTo) {
            return List.of(prev);
        }
        if (lastTo != null && thenBetween(lastTo, b)) {
            return List.of(lastTo);  // "oradan Sırbistan üzerinden Avusturya'ya": from there, past a transit place
        }
        if (!carried.isEmpty()) {
            return new ArrayList<>(carried);
        }
        List<Item> none = new ArrayList<>();
        none.add(null);
        return none;
    }

    /** Two bare places next to each other ("Libya Italy", "Libya, Italy") when no grammar gave a route. */
    private void fallback(List<Item> places, List<Item[]> out) {
        for (int i = 1; i < places.size(); i++) {
            Item a = places.get(i - 1);
            Item b = places.get(i);
            if (a.clause == b.clause && a.role == Role.NONE && b.role == Role.NONE
                    && !a.place.name().equals(b.place.name())) {
                Conn c = conn(a, b);
                if (c == Conn.ADJ || c == Conn.GAP && gap(a, b) <= 1) {
                    out.add(new Item[] {a, b});
                    return;
                }
            }
        }
    }

    private static boolean isChain(Conn c) {
        return c == Conn.ARROW || c == Conn.BACK || c == Conn.BOTH || c == Conn.DASH;
    }

    /** Whether a "then / from there" word stands between places {@code a} and {@code b}. */
    private boolean thenBetween(Item a, Item b) {
        for (Item m : items) {
            if (m.place == null && m.from >= a.to && m.to <= b.from && m.between == Role.THEN) {
                return true;
            }
        }
        return false;
    }

    private int gap(Item a, Item b) {
        int words = 0;
        for (int i = a.to; i < b.from; i++) {
            if (tokens.get(i).isWord()) {
                words++;
            }
        }
        return words;
    }

    /** How place {@code a} is joined to the next place {@code b}. */
    private Conn conn(Item a, Item b) {
        Conn punct = null;
        int words = 0;
        for (int i = a.to; i < b.from; i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case WORD -> words++;
                case ARROW -> punct = Conn.ARROW;
                case ARROW_BACK -> punct = punct == Conn.ARROW ? Conn.BOTH : Conn.BACK;
                case ARROW_BOTH -> punct = Conn.BOTH;
                case DASH, TIGHT_DASH -> punct = punct == null ? Conn.DASH : punct;
                case COMMA -> punct = punct == null ? Conn.COMMA : punct;
                case SLASH -> punct = punct == null ? Conn.SLASH : punct;
                default -> { }
            }
        }
        if (words == 0) {
            return punct == null ? Conn.ADJ : punct;
        }
        boolean and = false;
        boolean then = false;
        int covered = 0;
        for (Item m : items) {
            if (m.place == null && m.from >= a.to && m.to <= b.from) {
                if (m.between == Role.THEN) {
                    then = true;
                } else if (m.between == Role.AND) {
                    and = true;
                } else if (m.before != Role.ARTICLE) {
                    continue;
                }
                covered += m.to - m.from;
            }
        }
        if (then) {
            return Conn.THEN;
        }
        return and && covered >= words && (punct == null || punct == Conn.COMMA) ? Conn.AND : Conn.GAP;
    }
}
