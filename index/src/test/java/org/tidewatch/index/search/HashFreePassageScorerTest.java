package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class HashFreePassageScorerTest {
    @Test
    void scoresEveryPassageExactlyAsLucenesScorer() {
        SplittableRandom random = new SplittableRandom(11);
        PassageScorer lucene = new PassageScorer();
        PassageScorer hashFree = new HashFreePassageScorer();
        String[] words = {"boat", "bateau", "قارب", "barca", "≡boat", "tekne"};
        int differentFromOne = 0;
        for (int p = 0; p < 2_000; p++) {
            Passage passage = new Passage();
            int start = random.nextInt(500);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000); // matches must fall inside the passage
            int at = start;
            int matches = random.nextInt(9);
            for (int m = 0; m < matches; m++) {
                int len = 3 + random.nextInt(5);
                // a term's frequency in the doc is a property of the term: repeated matches carry the same one
                int word = random.nextInt(words.length);
                passage.addMatch(at, at + len, new BytesRef(words[word]), 1 + word * 2);
                at += len + 1 + random.nextInt(20);
            }
            passage.setEndOffset(at + random.nextInt(30)); // the passage's length enters the score
            int contentLength = at + 100 + random.nextInt(2_000);

            float expected = lucene.score(passage, contentLength);
            assertThat(hashFree.score(passage, contentLength)).as("passage %d", p).isEqualTo(expected);
            differentFromOne += expected != 1f && expected != 0f ? 1 : 0;
        }
        assertThat(differentFromOne).isGreaterThan(1_000);
    }
}
