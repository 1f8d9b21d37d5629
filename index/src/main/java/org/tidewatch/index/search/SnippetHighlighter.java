package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.tidewatch.index.analysis.LanguageAnalyzers;

/**
 * Highlighted snippets in the post's original script: HTML-escaped text with {@code <mark>} around the
 * words the query matched, taken from the post's language field (stemmed matches) or the folded field.
 */
final class SnippetHighlighter {
    private static final int FALLBACK_CHARS = 240;

    private final IndexSearcher searcher;
    private final LanguageAnalyzers analyzers;

    SnippetHighlighter(IndexSearcher searcher, LanguageAnalyzers analyzers) {
        this.searcher = searcher;
        this.analyzers = analyzers;
    }

    /**
     * One snippet per doc, in the order of {@code docs}.
     *
     * @param texts the text of each doc
     * @param langs the language of each doc
     */
    List<String> snippets(Query query, int[] docs, List<String> texts, List<String> langs) throws IOException {
        Map<Integer, String> textByDoc = new HashMap<>();
        Set<String> fields = new LinkedHashSet<>();
        fields.add(LanguageAnalyzers.FOLDED);
        for (int k = 0; k < docs.length; k++) {
            textByDoc.put(docs[k], texts.get(k));
            String f = analyzers.textField(langs.get(k));
            if (f != null) {
                fields.add(f);
            }
        }
        String[] fieldArray = fields.toArray(String[]::new);
        int[] passages = new int[fieldArray.length];
        java.util.Arrays.fill(passages, 2);
        UnifiedHighlighter highlighter = new TextSupplyingHighlighter(
                UnifiedHighlighter.builder(searcher, analyzers.perField())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                        .withMaxNoHighlightPassages(0)
                        .withMaxLength(10_000), textByDoc);
        Map<String, String[]> byField = highlighter.highlightFields(fieldArray, query, docs, passages);
        List<String> out = new ArrayList<>(docs.length);
        for (int k = 0; k < docs.length; k++) {
            String own = analyzers.textField(langs.get(k));
            String snippet = own == null ? null : byField.get(own)[k];
            if (snippet == null || snippet.isEmpty()) {
                snippet = byField.get(LanguageAnalyzers.FOLDED)[k];
            }
            out.add(snippet == null || snippet.isEmpty() ? plain(texts.get(k)) : snippet);
        }
        return out;
    }

    /** The start of a text, HTML-escaped, for a hit the query matched only by its fields. */
    static String plain(String text) {
        String cut = text.length() <= FALLBACK_CHARS ? text : text.substring(0, FALLBACK_CHARS) + " …";
        StringBuilder sb = new StringBuilder(cut.length() + 16);
        for (int k = 0; k < cut.length(); k++) {
            char c = cut.charAt(k);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#x27;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Takes the text from the already loaded posts instead of stored fields (the text is stored once, in the JSON). */
    private static final class TextSupplyingHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> textByDoc;

        TextSupplyingHighlighter(Builder builder, Map<Integer, String> textByDoc) {
            super(builder);
            this.textByDoc = textByDoc;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                String text = textByDoc.getOrDefault(doc, "");
                CharSequence[] perField = new CharSequence[fields.length];
                java.util.Arrays.fill(perField, text);
                values.add(perField); // a page of hits is small: load them all in one go
            }
            return values;
        }
    }
}
