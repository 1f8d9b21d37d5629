package org.tidewatch.index.schema;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;

/**
 * A text field analysed with the chain of the post's own language rather than the writer's per-field analyzer. The
 * token stream is made when the field is inverted, not when the document is built, so a batch of documents (the
 * watchlist monitor matches several at once) never shares one reused stream.
 */
public final class TextInLanguage extends Field {
    private final Analyzer analyzer;

    public TextInLanguage(String name, String text, Analyzer analyzer) {
        super(name, text, TextField.TYPE_NOT_STORED);
        this.analyzer = analyzer;
    }

    @Override
    public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
        return analyzer.tokenStream(name(), stringValue());
    }
}
