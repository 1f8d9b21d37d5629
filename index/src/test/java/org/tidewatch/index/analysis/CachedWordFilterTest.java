package org.tidewatch.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class CachedWordFilterTest {
    private final LanguageAnalyzers cached = new LanguageAnalyzers();
    private final LanguageAnalyzers uncached = new LanguageAnalyzers(false);

    /** term, position increment, offsets and type of every token. */
    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(LanguageAnalyzers.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "+" + inc.getPositionIncrement() + "[" + offsets.startOffset() + "," + offsets.endOffset()
                        + "]" + type.type());
            }
            ts.end();
        }
        return out;
    }

    private static List<String[]> sample() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CachedWordFilterTest.class.getResourceAsStream("multilingual-sample.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t", 2));
                }
            }
        }
        return lines;
    }

    @Test
    void cachedChainGivesTheSameTokensAsTheChainOnAMultilingualSampleFirstTimeAndAgain() throws IOException {
        List<String[]> sample = sample();
        assertThat(sample).hasSize(15);
        for (int round = 0; round < 3; round++) { // round 0 fills the caches, later rounds replay them
            for (String[] line : sample) {
                assertThat(tokens(cached.forPost(line[0]), line[1]))
                        .as("%s, round %d", line[0], round)
                        .isNotEmpty()
                        .isEqualTo(tokens(uncached.forPost(line[0]), line[1]));
            }
        }
    }

    @Test
    void everyLanguageChainAgreesWithItsUncachedSelfOnEveryLanguagesText() throws IOException {
        // queries analyse each word with every chain, so each chain meets words of every script
        List<Analyzer> mine = new ArrayList<>(cached.all());
        List<Analyzer> reference = new ArrayList<>(uncached.all());
        assertThat(mine).hasSameSizeAs(reference);
        for (String[] line : sample()) {
            Iterator<Analyzer> ref = reference.iterator();
            for (Analyzer a : mine) {
                assertThat(tokens(a, line[1])).as(line[1]).isEqualTo(tokens(ref.next(), line[1]));
            }
        }
    }

    @Test
    void numbersInAsciiDigitsComeOutOfEveryChainUnchangedAsTheyDoUncached() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        StringBuilder numbers = new StringBuilder("0 7 00 10 2500 3000 218912345678 00218912345678 447400123456");
        for (int i = 0; i < 300; i++) {
            numbers.append(' ').append(Long.toString(random.nextLong(1, Long.MAX_VALUE)).substring(0, random.nextInt(1, 19)));
        }
        String text = numbers.toString();
        List<Analyzer> reference = new ArrayList<>(uncached.all());
        int k = 0;
        for (Analyzer a : cached.all()) {
            List<String> expected = tokens(reference.get(k++), text);
            assertThat(tokens(a, text)).isEqualTo(expected);
            assertThat(expected).allSatisfy(t -> assertThat(t).matches("[0-9]+\\+1\\[\\d+,\\d+\\]<NUM>"));
        }
    }

    @Test
    void staysCorrectWhenMoreDistinctWordsArriveThanTheCacheHolds() throws IOException {
        String many = IntStream.range(0, CachedWordFilter.CAPACITY + 500)
                .mapToObj(i -> "boats" + Integer.toString(i, 36) + "x")
                .collect(Collectors.joining(" "));
        String after = "the boats and the crossing";
        Analyzer en = cached.forPost("en");
        tokens(en, many);
        assertThat(tokens(en, after)).isEqualTo(tokens(uncached.forPost("en"), after));
        String tail = many.substring(many.length() - 2000);
        assertThat(tokens(en, tail)).isEqualTo(tokens(uncached.forPost("en"), tail));
    }
}
