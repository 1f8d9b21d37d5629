package org.tidewatch.index.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * The cross-language glossary (resource {@code glossary.tsv}: one concept a line, its words in several languages):
 * which concept a folded word names. Posts get the concept as an extra token next to the word, so one query term finds
 * the concept in every language. Editing the glossary takes effect for posts indexed afterwards ({@code reindex}).
 */
final class Concepts {
    /** Marks a concept token; never produced by the tokenizer, so a concept cannot be confused with a word. */
    static final char MARK = '≡';

    private final CharArrayMap<String> conceptOf = new CharArrayMap<>(256, false);

    /** @param fold how glossary words are folded (as the text field folds words), null when a word folds to nothing */
    Concepts(Function<String, String> fold) {
        try (InputStream in = Concepts.class.getResourceAsStream("glossary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("glossary.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] words = line.split("\t");
                String concept = MARK + fold.apply(words[0].strip());
                for (String w : words) {
                    String folded = fold.apply(w.strip());
                    if (folded != null && CachedWordFilter.asciiDigits(folded.toCharArray(), folded.length())) {
                        throw new IllegalStateException("glossary.tsv: '" + w + "' is a number; numbers skip the "
                                + "per-word chains (CachedWordFilter), so they cannot name a concept");
                    }
                    if (folded != null && !conceptOf.containsKey(folded)) {
                        conceptOf.put(folded, concept);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary.tsv", e);
        }
    }

    /** The concept token of a folded word (a term buffer), or null when the glossary does not know the word. */
    String of(char[] folded, int length) {
        return conceptOf.get(folded, 0, length);
    }

    /** Whether a term is a concept token rather than a word. */
    public static boolean isConcept(String term) {
        return !term.isEmpty() && term.charAt(0) == MARK;
    }
}
