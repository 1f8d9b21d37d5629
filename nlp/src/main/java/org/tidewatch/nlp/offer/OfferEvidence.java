package org.tidewatch.nlp.offer;

import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.tidewatch.nlp.match.Token;

/**
 * The indicator phrases of one post, found once by {@link OfferClassifier#evidence}, with what they settle before the
 * classifier weighs them: whether a crossing cue stands among them, and whether the post's routes count.
 *
 * @param tokens      the post's tokens
 * @param hits        the indicator phrases found in them, in order
 * @param quoted      whether a character offset of the tokenised text lies inside quotation marks
 * @param crossingCue whether a positive indicator of at least {@link OfferClassifier#CROSSING_CUE} stands outside
 *                    quotation marks
 */
public record OfferEvidence(List<Token> tokens, List<IndicatorLexicon.Hit> hits, IntPredicate quoted,
                            boolean crossingCue) {
    /** Hint of indicators whose adverts name countries that are no journey (money transfer, work visas). */
    static final String NO_ROUTE = "noroute";

    public OfferEvidence {
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens must not be null"));
        hits = List.copyOf(Objects.requireNonNull(hits, "hits must not be null"));
        Objects.requireNonNull(quoted, "quoted must not be null");
    }

    /**
     * Whether the routes the post names are journeys: not in a money-transfer or work-visa advert ("send money from
     * Italy to Bangladesh", "work visa for Poland") unless a crossing cue stands beside it. The enricher asks this
     * before classifying, so the route signal and the routes it outputs are the same.
     */
    public boolean routesCount() {
        return crossingCue || hits.stream().noneMatch(h -> h.indicator().hasHint(NO_ROUTE));
    }
}
