package org.tidewatch.nlp.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tidewatch.nlp.match.PhraseIndex;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.TsvResource;

/**
 * Places and countries by every name the routes use: {@code places.tsv} (cities, ports, islands, regions),
 * {@code countries.tsv} (colloquial names) and the CLDR names of {@link CountryNames}. Earlier entries win
 * when two places share a name. Immutable after loading; thread-safe.
 */
public final class Gazetteer {
    private final PhraseIndex<Place> index = new PhraseIndex<>(true);
    private final Map<String, Place> countries = new HashMap<>();
    private int aliasCount;

    private Gazetteer() {
    }

    /** The gazetteer built from the bundled resources. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        TreeSet<String> codes = new TreeSet<>(CountryNames.codes());
        codes.add("XK");
        for (String cc : codes) {
            g.countries.put(cc, new Place(CountryNames.english(cc), cc, true));
        }
        g.read("places.tsv", false);
        g.read("countries.tsv", true);
        for (String cc : codes) {
            Place p = g.countries.get(cc);
            g.alias(p.name(), p);
            for (String alias : CountryNames.aliases(cc)) {
                g.alias(alias, p);
            }
        }
        return g;
    }

    private void read(String resource, boolean countryFile) {
        for (TsvResource.Row row : TsvResource.read(Gazetteer.class, resource, countryFile ? 2 : 3)) {
            String[] f = row.cells();
            Place p;
            try {
                p = countryFile ? countries.get(f[0]) : place(f[0], f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where(e.getMessage()), e);
            }
            if (p == null) {
                throw new IllegalStateException(row.where("unknown country code " + f[0]));
            }
            String aliases = countryFile ? f[1] : f[2];
            if (!countryFile && !aliases.contains("=" + f[0])) {
                alias(f[0], p);
            }
            for (String a : aliases.split("\\|")) {
                alias(a, p);
            }
        }
    }

    private Place place(String name, String cc) {
        if (cc.equals("-")) {
            return new Place(name, null, false);
        }
        Place country = countries.get(cc);
        return new Place(name, cc, country != null && country.name().equals(name));
    }

    private void alias(String alias, Place p) {
        if (!alias.isBlank() && index.add(alias, p)) {
            aliasCount++;
        }
    }

    /** The longest place name starting at token {@code i}, with any clitic or suffix stripped, or null. */
    public PhraseIndex.Match<Place> placeAt(List<Token> tokens, int i) {
        return index.longestAt(tokens, i);
    }

    /** The country with ISO code {@code cc}, or null. */
    public Place country(String cc) {
        return countries.get(cc);
    }

    /** How many distinct names the gazetteer knows. */
    public int size() {
        return aliasCount;
    }
}
