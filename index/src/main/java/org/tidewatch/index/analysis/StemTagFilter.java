package org.tidewatch.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * After a {@link org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter} and a stemmer: keeps each word and
 * writes its stem as {@code lang~stem}, even when the stem equals the word (else a query word that is its own stem
 * could not find the inflected forms through the stem). The tag keeps one language's stems from matching another
 * language's words (Portuguese stems "boat" to "boa", which must not find the word "boa"), while every word itself
 * stays comparable across languages.
 */
final class StemTagFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final String prefix;

    StemTagFilter(TokenStream in, String lang) {
        super(in);
        this.prefix = lang + "~";
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = term.toString();
            term.setEmpty().append(prefix).append(stem);
        }
        return true;
    }
}
