package org.tidewatch.nlp.route;

import java.util.List;
import org.tidewatch.nlp.match.PhraseIndex;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.TsvResource;

/**
 * The route grammar's function words from {@code markers.tsv}: prepositions before a place, postpositions after
 * it, and the words between two places. Immutable after loading; thread-safe.
 */
public final class RouteMarkers {
    private final PhraseIndex<Role> before = new PhraseIndex<>(true, false);
    private final PhraseIndex<Role> after = new PhraseIndex<>(false);
    private final PhraseIndex<Role> between = new PhraseIndex<>(false);

    private RouteMarkers() {
    }

    /** The markers bundled with Tidewatch. */
    public static RouteMarkers load() {
        RouteMarkers m = new RouteMarkers();
        for (TsvResource.Row row : TsvResource.read(RouteMarkers.class, "markers.tsv", 3)) {
            String[] f = row.cells();
            Role role;
            try {
                role = Role.valueOf(f[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where("unknown role " + f[0]), e);
            }
            PhraseIndex<Role> target = switch (f[1]) {
                case "before" -> m.before;
                case "after" -> m.after;
                case "between" -> m.between;
                default -> throw new IllegalStateException(row.where("unknown position " + f[1]));
            };
            for (String phrase : f[2].split("\\|")) {
                if (!phrase.isBlank()) {
                    target.add(phrase, role);
                }
            }
        }
        return m;
    }

    /** The longest marker of each position starting at token {@code i}, or null. */
    Found at(List<Token> tokens, int i) {
        PhraseIndex.Match<Role> b = before.longestAt(tokens, i);
        PhraseIndex.Match<Role> a = after.longestAt(tokens, i);
        PhraseIndex.Match<Role> w = between.longestAt(tokens, i);
        int end = Math.max(b == null ? 0 : b.to(), Math.max(a == null ? 0 : a.to(), w == null ? 0 : w.to()));
        if (end == 0) {
            return null;
        }
        Role beforeRole = role(b, end);
        if (beforeRole == Role.ARTICLE && b.prefix() != null && (b.prefix().equals("ل") || b.prefix().equals("لل"))) {
            // "لجزيرة ميديلي": the clitic ل on a skipped word still says "to".
            beforeRole = Role.TO;
        }
        return new Found(i, end, beforeRole, role(a, end), role(w, end));
    }

    private static Role role(PhraseIndex.Match<Role> m, int end) {
        return m != null && m.to() == end ? m.value() : null;
    }

    /** A marker occupying tokens {@code [from, to)} with its role in each position (null: none). */
    record Found(int from, int to, Role before, Role after, Role between) {
    }
}
