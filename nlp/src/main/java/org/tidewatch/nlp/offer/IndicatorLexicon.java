package org.tidewatch.nlp.offer;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.nlp.match.PhraseIndex;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.TsvResource;

/**
 * The multilingual offer indicators of {@code indicators.tsv}: phrases, their weights, category hints and English
 * glosses. Immutable after loading; thread-safe.
 */
public final class IndicatorLexicon {
    private final PhraseIndex<Indicator> index = new PhraseIndex<>(true, false);
    private final List<Indicator> indicators = new ArrayList<>();

    /** A phrase of {@code indicator} found in tokens {@code [from, to)}. */
    public record Hit(Indicator indicator, int from, int to) {
    }

    private IndicatorLexicon() {
    }

    /** The lexicon bundled with Tidewatch. */
    public static IndicatorLexicon load() {
        return load("indicators.tsv");
    }

    /** A lexicon from a resource next to this class. */
    static IndicatorLexicon load(String resource) {
        IndicatorLexicon lex = new IndicatorLexicon();
        for (TsvResource.Row row : TsvResource.read(IndicatorLexicon.class, resource, 5)) {
            String[] f = row.cells();
            Indicator ind;
            try {
                ind = new Indicator(f[0], Double.parseDouble(f[1]), Indicator.parseHints(f[2]), f[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.where(e.getMessage()), e);
            }
            lex.indicators.add(ind);
            for (String phrase : f[4].split("\\|")) {
                if (!phrase.isBlank()) {
                    lex.index.add(phrase, ind);
                }
            }
        }
        return lex;
    }

    /** Every indicator phrase in {@code tokens}, longest first at each position, without overlaps. */
    public List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            PhraseIndex.Match<Indicator> m = index.longestAt(tokens, i);
            if (m != null) {
                hits.add(new Hit(m.value(), m.from(), m.to()));
                i = m.to() - 1;
            }
        }
        return hits;
    }

    /** All indicators, in file order. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }
}
