package org.tidewatch.nlp.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tidewatch.nlp.match.TsvResource;
import org.tidewatch.nlp.normalise.TextNormaliser;

/** Per-language lists of function words, loaded from {@code function-words.txt} and normalised once. */
final class FunctionWords {
    private static final String RESOURCE = "function-words.txt";
    private final Map<String, List<String>> languagesByWord = new HashMap<>();

    FunctionWords(TextNormaliser normaliser) {
        for (String line : TsvResource.lines(FunctionWords.class, RESOURCE)) {
            String[] parts = line.split("\\s+");
            String lang = parts[0];
            for (int i = 1; i < parts.length; i++) {
                String word = normaliser.normalise(parts[i]).text();
                List<String> langs = languagesByWord.computeIfAbsent(word, w -> new ArrayList<>(2));
                if (!langs.contains(lang)) {
                    langs.add(lang);
                }
            }
        }
    }

    /** The list keys (language codes, with {@code ku_arab} and {@code arz} variants) a token belongs to. */
    List<String> languagesOf(String token) {
        return languagesByWord.getOrDefault(token, List.of());
    }
}
