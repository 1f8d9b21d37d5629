package org.tidewatch.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * After a {@link org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter} and a stemmer: keeps each word, drops a
 * stem equal to its word, and writes the other stems as {@code lang~stem}. The tag keeps one language's stems from
 * matching another language's words (Portuguese "boa" is a stem of English "boat", not the word "boa"), while every
 * word itself stays comparable across languages.
 */
final class StemTagFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final String prefix;
    private final StringBuilder word = new StringBuilder();

    StemTagFilter(TokenStream in, String lang) {
        super(in);
        this.prefix = lang + "~";
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (keyword.isKeyword()) {
                word.setLength(0);
                word.append(term);
                return true;
            }
            if (!word.isEmpty() && word.length() == term.length() && word.toString().contentEquals(term)) {
                continue;
            }
            String stem = term.toString();
            term.setEmpty().append(prefix).append(stem);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word.setLength(0);
    }
}
