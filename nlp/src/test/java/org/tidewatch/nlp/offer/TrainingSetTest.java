package org.tidewatch.nlp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Enrichment;

class TrainingSetTest {
    private static final List<TrainingSet.Post> POSTS = TrainingSet.load();

    @Test
    void coversEveryLanguageWithOffersAndHardNegatives() {
        Set<String> langs = POSTS.stream().map(TrainingSet.Post::lang).collect(Collectors.toSet());
        assertThat(langs).contains("ar", "fa", "ps", "ur", "ku", "tr", "fr", "it", "es", "en", "sq", "sr", "de", "ti", "am",
                "vi", "bn", "so");
        for (String lang : langs) {
            assertThat(POSTS).as(lang).anyMatch(p -> p.lang().equals(lang) && p.offer())
                    .anyMatch(p -> p.lang().equals(lang) && !p.offer());
        }
        assertThat(POSTS).hasSizeGreaterThan(250);
    }

    @Test
    void givesOffersAValidCategoryAndNonOffersNone() {
        assertThat(POSTS).allSatisfy(p -> {
            if (p.offer()) {
                assertThat(Enrichment.CATEGORIES).contains(p.category());
            } else {
                assertThat(p.category()).isNull();
            }
        });
    }

    @Test
    void modelSeparatesHeldOutPostsBetterThanChance() {
        // Train on four fifths, test on the rest: the n-gram model alone must generalise a little.
        int correct = 0;
        int total = 0;
        for (int fold = 0; fold < 5; fold++) {
            final int f = fold;
            List<TrainingSet.Post> train = new java.util.ArrayList<>();
            List<TrainingSet.Post> test = new java.util.ArrayList<>();
            for (int i = 0; i < POSTS.size(); i++) {
                (i % 5 == f ? test : train).add(POSTS.get(i));
            }
            LogisticModel model = OfferClassifier.train(train);
            org.tidewatch.nlp.match.Tokenizer tk = new org.tidewatch.nlp.match.Tokenizer();
            org.tidewatch.nlp.normalise.TextNormaliser nz = new org.tidewatch.nlp.normalise.TextNormaliser();
            for (TrainingSet.Post p : test) {
                boolean said = model.logit(Features.of(tk.tokenize(nz.normalise(p.text())))) > 0;
                correct += said == p.offer() ? 1 : 0;
                total++;
            }
        }
        assertThat((double) correct / total).isGreaterThan(0.7);
    }
}
