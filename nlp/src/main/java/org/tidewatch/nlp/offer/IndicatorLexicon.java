package org.tidewatch.nlp.offer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.nlp.match.PhraseIndex;
import org.tidewatch.nlp.match.Token;

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
        try (InputStream in = IndicatorLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("offer lexicon resource missing: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 5) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 5 tab-separated columns, got "
                            + f.length);
                }
                Indicator ind;
                try {
                    ind = new Indicator(f[0], Double.parseDouble(f[1]), f[2], f[3]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + n + ": " + e.getMessage(), e);
                }
                lex.indicators.add(ind);
                for (String phrase : f[4].split("\\|")) {
                    if (!phrase.isBlank()) {
                        lex.index.add(phrase, ind);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
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
