package org.tidewatch.nlp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Reason;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.Tokenizer;
import org.tidewatch.nlp.normalise.TextNormaliser;

/** The classifier over the small lexicon {@code hints.tsv} and an untrained model, so only the rules speak. */
class OfferClassifierTest {
    private static final OfferClassifier CLASSIFIER =
            new OfferClassifier(IndicatorLexicon.load("hints.tsv"), OfferClassifier.train(List.of()));
    private static final OfferClassifier.Signals PRICE = new OfferClassifier.Signals(true, false, List.of());
    private final Tokenizer tokenizer = new Tokenizer();
    private final TextNormaliser normaliser = new TextNormaliser();

    private List<String> reasonIds(String text, OfferClassifier.Signals signals) {
        List<Token> tokens = tokenizer.tokenize(normaliser.normalise(text));
        return CLASSIFIER.classify(tokens, (s, e) -> text, signals).reasons().stream().map(Reason::indicator).toList();
    }

    @Test
    void anIndicatorWithADocumentHintBesideItsAirHintIsADocumentSale() {
        assertThat(reasonIds("borrowed passport, 4000", PRICE)).contains("test.borrowed", "signal.doc_sale");
        assertThat(reasonIds("passeport emprunté, 4000", PRICE)).contains("test.borrowed", "signal.doc_sale");
    }

    @Test
    void anIndicatorWithOnlyAnAirHintIsNoDocumentSale() {
        assertThat(reasonIds("airport escort, 4000", PRICE)).contains("test.escort").doesNotContain("signal.doc_sale");
    }

    @Test
    void documentsWithoutAPriceOrContactAreNoSale() {
        assertThat(reasonIds("borrowed passport", new OfferClassifier.Signals(false, false, List.of())))
                .contains("test.borrowed").doesNotContain("signal.doc_sale");
    }

    private boolean routesCount(String text, java.util.function.IntPredicate quoted) {
        return CLASSIFIER.evidence(tokenizer.tokenize(normaliser.normalise(text)), quoted).routesCount();
    }

    @Test
    void aNoRouteAdvertNamesNoRouteUnlessACrossingCueStandsBesideIt() {
        assertThat(routesCount("send money from Italy to Morocco", i -> false)).isFalse();
        assertThat(routesCount("from Italy to Morocco, quickly", i -> false)).isTrue();
        assertThat(routesCount("borrowed passport from Italy to Morocco, send money before", i -> false)).isTrue();
        // A crossing cue inside quotation marks (a warning quoting an advert) does not outweigh the advert.
        assertThat(routesCount("borrowed passport from Italy to Morocco, send money before", i -> true)).isFalse();
    }
}
