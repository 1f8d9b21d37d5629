package org.tidewatch.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After the folded word (and its stem): adds, at the same position, the glossary concept the word or its stem names
 * ({@link Concepts}), once per position.
 */
final class ConceptFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final Concepts concepts;
    private String pending;
    private State pendingState;
    private String emittedAtPosition;

    ConceptFilter(TokenStream in, Concepts concepts) {
        super(in);
        this.concepts = concepts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pendingState);
            term.setEmpty().append(pending);
            inc.setPositionIncrement(0);
            emittedAtPosition = pending;
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (inc.getPositionIncrement() > 0) {
            emittedAtPosition = null;
        }
        String concept = concepts.of(term.buffer(), term.length());
        if (concept != null && !concept.equals(emittedAtPosition)) {
            pending = concept;
            pendingState = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        pendingState = null;
        emittedAtPosition = null;
    }
}
