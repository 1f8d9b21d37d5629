package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.tidewatch.index.analysis.LanguageAnalyzers;

/**
 * Highlighted snippets in the post's original script: HTML-escaped text with {@code <mark>} around the
 * words the query matched (folded words and stems), found by re-analysing the post with its own language.s chain.
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
        Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
        for (int k = 0; k < docs.length; k++) {
            textByDoc.put(docs[k], texts.get(k));
            byLanguage.computeIfAbsent(langs.get(k) == null ? "" : langs.get(k), x -> new ArrayList<>()).add(k);
        }
        String[] out = new String[docs.length];
        // Each post is re-analysed with its own language's chain, the one it was indexed with, so the offsets of
        // its stems and folded words fall on the original text.
        for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
            UnifiedHighlighter highlighter = new TextSupplyingHighlighter(
                    UnifiedHighlighter.builder(searcher, analyzers.perField(group.getKey()))
                            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                            .withMaxNoHighlightPassages(0)
                            .withScorer(new HashFreePassageScorer())
                            .withWeightMatches(false)
                            // words are found by re-analysing the post and filtering its tokens by the query's terms,
                            // not by a one-document index per post: with one or two passages of a short post,
                            // ranking passages by BM25 over that index changes nothing a reader sees
                            .withPassageRelevancyOverSpeed(false)
                            .withMaxLength(10_000), textByDoc);
            int[] groupDocs = group.getValue().stream().mapToInt(k -> docs[k]).toArray();
            String[] snippets = highlighter.highlightFields(new String[] {LanguageAnalyzers.TEXT}, query, groupDocs,
                    new int[] {2}).get(LanguageAnalyzers.TEXT);
            for (int g = 0; g < groupDocs.length; g++) {
                int k = group.getValue().get(g);
                out[k] = snippets[g] == null || snippets[g].isEmpty() ? plain(texts.get(k)) : snippets[g];
            }
        }
        return List.of(out);
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

        /**
         * Always re-analysis: the text field has neither offsets in its postings nor term vectors. Asking the index
         * would merge the field infos of every segment, once per highlighter, i.e. per language group of each page.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
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
