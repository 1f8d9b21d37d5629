package org.tidewatch.index.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs the per-word part of an analysis chain (normalisation, lower-casing, stemming, ICU folding, concepts) once per
 * distinct word and replays its tokens from a bounded cache afterwards. Words are Zipfian, so most tokens of a text
 * are cache hits, and the chain (a third of indexing time before) runs on a small share of them. Correct only for a
 * chain whose output for a word depends on that word alone: every filter of {@link LanguageAnalyzers} is so (no stop
 * words, no filter looks at neighbouring words or at the token type). The replayed tokens keep the tokenizer's
 * offsets, as the chain's filters did. Numbers written in ASCII digits (prices, phone numbers: mostly distinct, so
 * they would only crowd the cache) come out of every chain unchanged (a test checks each chain, and the glossary holds
 * no numbers), so they skip both. One instance per token-stream components, so per thread: no locking.
 */
final class CachedWordFilter extends TokenFilter {
    /** Distinct words remembered per language and thread before the cache starts afresh. */
    static final int CAPACITY = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<Word> cache = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream chain;
    private final CharTermAttribute chainTerm;
    private final PositionIncrementAttribute chainInc;
    private Word pending;
    private int next;

    /** @param perWord the per-word filters, applied to a one-word stream */
    CachedWordFilter(TokenStream in, UnaryOperator<TokenStream> perWord) {
        super(in);
        this.chain = perWord.apply(word);
        this.chainTerm = chain.getAttribute(CharTermAttribute.class);
        this.chainInc = chain.getAttribute(PositionIncrementAttribute.class);
    }

    /** What the chain makes of one word: its terms and their position increments. */
    private record Word(char[][] terms, int[] increments) {
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null && next < pending.terms.length) {
            emit(pending, next++, 0);
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            if (asciiDigits(term.buffer(), term.length())) {
                pending = null;
                inc.setPositionIncrement(skipped + inc.getPositionIncrement());
                return true;
            }
            Word w = cache.get(term.buffer(), 0, term.length());
            if (w == null) {
                w = analyse();
            }
            int increment = skipped + inc.getPositionIncrement();
            if (w.terms.length == 0) {
                skipped = increment; // the chain dropped the word: its position still counts
                continue;
            }
            pending = w;
            next = 1;
            emit(w, 0, increment - 1);
            return true;
        }
        return false;
    }

    static boolean asciiDigits(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[i] < '0' || chars[i] > '9') {
                return false;
            }
        }
        return length > 0;
    }

    private void emit(Word w, int i, int extraIncrement) {
        char[] t = w.terms[i];
        term.copyBuffer(t, 0, t.length);
        inc.setPositionIncrement(w.increments[i] + extraIncrement);
    }

    private Word analyse() throws IOException {
        char[] key = Arrays.copyOf(term.buffer(), term.length());
        word.set(key);
        List<char[]> terms = new ArrayList<>(4);
        List<Integer> increments = new ArrayList<>(4);
        chain.reset();
        while (chain.incrementToken()) {
            terms.add(Arrays.copyOf(chainTerm.buffer(), chainTerm.length()));
            increments.add(chainInc.getPositionIncrement());
        }
        chain.end();
        Word w = new Word(terms.toArray(new char[0][]), increments.stream().mapToInt(Integer::intValue).toArray());
        if (cache.size() >= CAPACITY) {
            cache.clear(); // a cheap bound: the frequent words come back within a few posts
        }
        cache.put(key, w);
        return w;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        next = 0;
    }

    /** A token stream of exactly one word, the source of the per-word chain. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private char[] word;
        private boolean done;

        void set(char[] word) {
            this.word = word;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(word, 0, word.length);
            inc.setPositionIncrement(1);
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
