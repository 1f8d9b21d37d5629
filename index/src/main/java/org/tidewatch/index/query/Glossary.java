package org.tidewatch.index.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Equivalent words across languages (resource {@code glossary.tsv}), so an English query finds posts in other languages. */
final class Glossary {
    private final Map<String, List<String>> equivalents = new HashMap<>();
    private final Function<String, String> fold;

    /** @param fold how words are folded (the folded field's analyzer), null when a word folds to nothing */
    Glossary(Function<String, String> fold) {
        this.fold = fold;
        try (InputStream in = Glossary.class.getResourceAsStream("glossary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("glossary.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (String entry : line.split("\t")) {
                    String folded = fold.apply(entry.strip());
                    if (folded != null && !words.contains(folded)) {
                        words.add(folded);
                    }
                }
                for (String w : words) {
                    equivalents.computeIfAbsent(w, k -> new ArrayList<>()).addAll(words.stream().filter(o -> !o.equals(w)).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary.tsv", e);
        }
    }

    /** A word folded as the glossary and the text field fold it, or null when it folds to nothing. */
    String fold(String word) {
        return fold.apply(word);
    }

    /** The other words meaning the same as a folded word (empty when it is not in the glossary). */
    List<String> equivalents(String folded) {
        return equivalents.getOrDefault(folded, List.of());
    }
}
