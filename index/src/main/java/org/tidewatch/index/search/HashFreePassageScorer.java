package org.tidewatch.index.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over a passage's distinct matched terms, times a position norm), the same scores, without
 * the term hash Lucene builds for every passage: its 32 KB byte block per passage was a fifth of all the memory a search
 * allocated, and a passage holds a handful of matches, which a linear scan tells apart.
 */
final class HashFreePassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // distinct terms in order of first match, as the hash numbered them, so the sum runs in the same order
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int index = 0;
            while (index < size && !distinct[index].bytesEquals(terms[i])) {
                index++;
            }
            if (index == size) {
                distinct[size++] = terms[i];
                inDoc[index] = freqsInDoc[i];
            }
            inPassage[index]++;
        }
        double score = 0;
        for (int i = 0; i < size; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDoc[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
