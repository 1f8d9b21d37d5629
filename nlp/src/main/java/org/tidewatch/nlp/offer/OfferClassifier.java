package org.tidewatch.nlp.offer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.Tokenizer;
import org.tidewatch.nlp.normalise.TextNormaliser;

/**
 * Scores a post as a smuggling or fake-document offer: the log-odds of the indicator lexicon, plus the trained
 * n-gram model's log-odds (damped), plus small bonuses for a stated price and a contact, through a logistic.
 * Every indicator found becomes a {@link Reason} with its English gloss. Thread-safe.
 */
public final class OfferClassifier {
    /** Log-odds of an offer before any evidence. */
    static final double BIAS = -1.6;
    /** How much the n-gram model counts next to the lexicon. */
    static final double MODEL_WEIGHT = 0.45;
    /** The model's log-odds are clipped to this magnitude so it cannot drown the lexicon. */
    static final double MODEL_CLIP = 2.5;
    static final double PRICE_BONUS = 0.4;
    static final double CONTACT_BONUS = 0.4;
    static final double ROUTE_BONUS = 0.3;
    static final double CORRIDOR_BONUS = 0.5;
    /** Routes that never leave one country are rarely an irregular crossing. */
    static final double DOMESTIC = -0.7;
    /**
     * Migration documents offered with a price or a contact and no counter-evidence: a sale, even in the few
     * words such adverts use ("original passports, registered, 5000 euros").
     */
    static final double DOC_SALE_BONUS = 0.6;
    /** What a positive indicator inside quotation marks still counts. */
    static final double QUOTED = 0.25;
    private static final int MAX_REASONS = 10;
    /** Hint of counter-indicators that are ambiguous words (fare/rent, work abroad): no veto beside crossing cues. */
    static final String WEAK = "weak";
    /** The weight from which a positive indicator is a crossing cue that overrules an ambiguous counter-word. */
    static final double CROSSING_CUE = 0.8;

    private final IndicatorLexicon lexicon;
    private final LogisticModel model;

    public OfferClassifier(IndicatorLexicon lexicon, LogisticModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    /** The classifier with the bundled lexicon and a model trained on the bundled training set. */
    public static OfferClassifier standard() {
        return new OfferClassifier(IndicatorLexicon.load(), train(TrainingSet.load()));
    }

    /** Trains the n-gram model on {@code posts}, tokenised as the enricher tokenises texts. */
    public static LogisticModel train(List<TrainingSet.Post> posts) {
        Tokenizer tokenizer = new Tokenizer();
        TextNormaliser normaliser = new TextNormaliser();
        List<LogisticModel.Example> examples = new ArrayList<>(posts.size());
        for (TrainingSet.Post p : posts) {
            int[] f = Features.of(tokenizer.tokenize(normaliser.normalise(p.text())));
            examples.add(new LogisticModel.Example(f, p.offer()));
        }
        return LogisticModel.train(examples, 30, 0.1, 1e-4);
    }

    /** What else the enricher found, as evidence for the decision. */
    public record Signals(boolean price, boolean contact, List<Route> routes) {
        public Signals {
            routes = List.copyOf(routes);
        }
    }

    /** A document indicator counted, and no counter-indicator (news, consultancy, warning) anywhere. */
    private static boolean docSale(List<IndicatorLexicon.Hit> counted, List<IndicatorLexicon.Hit> hits) {
        boolean doc = false;
        for (IndicatorLexicon.Hit h : counted) {
            doc |= h.indicator().hasHint("doc");
        }
        for (IndicatorLexicon.Hit h : hits) {
            if (h.indicator().weight() < 0) {
                return false;
            }
        }
        return doc;
    }

    /** Whether a positive indicator of at least {@link #CROSSING_CUE}, outside quotation marks, is among the hits. */
    private static boolean hasCrossingCue(List<IndicatorLexicon.Hit> hits, List<Token> tokens,
                                          java.util.function.IntPredicate quoted) {
        for (IndicatorLexicon.Hit h : hits) {
            if (h.indicator().weight() >= CROSSING_CUE && !quoted.test(tokens.get(h.from()).start())) {
                return true;
            }
        }
        return false;
    }

    /** The hits without the ambiguous counter-words. */
    private static List<IndicatorLexicon.Hit> strong(List<IndicatorLexicon.Hit> hits) {
        return hits.stream().filter(h -> !h.indicator().hasHint(WEAK)).toList();
    }

    private static boolean domestic(List<Route> routes) {
        for (Route r : routes) {
            if (r.fromCountry() == null || !r.fromCountry().equals(r.toCountry())) {
                return false;
            }
        }
        return true;
    }

    /** As {@link #classify(List, SpanText, Signals, java.util.function.IntPredicate)} with nothing quoted. */
    public OfferDecision classify(List<Token> tokens, SpanText original, Signals signals) {
        return classify(tokens, original, signals, i -> false);
    }

    /**
     * The indicator phrases in {@code tokens}, found once for deciding the routes ({@link OfferEvidence#routesCount})
     * and then classifying. {@code quoted} tells whether a character offset of the tokenised text lies inside
     * quotation marks.
     */
    public OfferEvidence evidence(List<Token> tokens, java.util.function.IntPredicate quoted) {
        List<IndicatorLexicon.Hit> hits = lexicon.find(tokens);
        return new OfferEvidence(tokens, hits, quoted, hasCrossingCue(hits, tokens, quoted));
    }

    /** Maps a token span back to the text as written, for the reasons. */
    @FunctionalInterface
    public interface SpanText {
        String text(int start, int end);
    }

    /**
     * Classifies one post from its tokens. {@code quoted} tells whether a character offset of the tokenised text
     * lies inside quotation marks: a warning or a report quoting a slogan («pay after arrival») is not an offer.
     */
    public OfferDecision classify(List<Token> tokens, SpanText original, Signals signals, java.util.function.IntPredicate quoted) {
        return classify(evidence(tokens, quoted), original, signals);
    }

    /**
     * Classifies one post from its {@link #evidence}; {@code signals} carry the routes the caller decided count (the
     * reasons cite only those).
     */
    public OfferDecision classify(OfferEvidence evidence, SpanText original, Signals signals) {
        List<Token> tokens = evidence.tokens();
        List<IndicatorLexicon.Hit> hits = evidence.hits();
        java.util.function.IntPredicate quoted = evidence.quoted();
        List<Reason> reasons = new ArrayList<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        List<IndicatorLexicon.Hit> counted = new ArrayList<>();
        boolean crossingCue = evidence.crossingCue();
        double z = BIAS;
        for (IndicatorLexicon.Hit h : hits) {
            Indicator ind = h.indicator();
            if (ind.weight() == 0) {
                continue;  // a mask: an ordinary word that folds like an indicator (Vietnamese "văn phòng", office)
            }
            if (crossingCue && ind.hasHint(WEAK)) {
                // "کرایه" is the fare as much as the rent, "work abroad" a smuggler's cover: beside a crossing cue
                // such a word says nothing against an offer.
                continue;
            }
            double w;
            String gloss = ind.gloss();
            int times = counts.merge(ind.id(), 1, Integer::sum);
            if (times == 1) {
                w = ind.weight();
            } else if (ind.weight() < 0 && times <= 3) {
                // Further different counter-signals of one kind (police + court + prosecutor) add half, a quarter.
                w = ind.weight() / (times == 2 ? 2 : 4);
            } else {
                continue;
            }
            if (w > 0 && quoted.test(tokens.get(h.from()).start())) {
                w *= QUOTED;
                gloss = gloss + " (quoted)";
            } else if (w > 0) {
                counted.add(h);
            }
            z += w;
            String matched = original.text(tokens.get(h.from()).start(), tokens.get(h.to() - 1).end());
            reasons.add(new Reason(ind.id(), matched, gloss, w));
        }
        double m = Math.max(-MODEL_CLIP, Math.min(MODEL_CLIP, model.logit(Features.of(tokens))));
        double mw = MODEL_WEIGHT * m;
        z += mw;
        reasons.add(new Reason("model.ngram", "", "wording model: "
                + (m >= 0 ? "reads like an offer (log-odds +" : "reads like a non-offer (log-odds ")
                + Math.round(m * 100) / 100.0 + ")", mw));
        if (signals.price()) {
            z += PRICE_BONUS;
            reasons.add(new Reason("signal.price", "", "a price is stated", PRICE_BONUS));
        }
        if (signals.contact()) {
            z += CONTACT_BONUS;
            reasons.add(new Reason("signal.contact", "", "a phone number or handle to contact", CONTACT_BONUS));
        }
        if ((signals.price() || signals.contact()) && docSale(counted, crossingCue ? strong(hits) : hits)) {
            z += DOC_SALE_BONUS;
            reasons.add(new Reason("signal.doc_sale", "", "documents offered with a price or contact", DOC_SALE_BONUS));
        }
        String corridor = OfferCategory.corridor(signals.routes());
        if (corridor != null) {
            z += CORRIDOR_BONUS;
            reasons.add(new Reason("signal.corridor", "", "route on a known irregular-migration corridor (" + corridor + ")",
                    CORRIDOR_BONUS));
        }
        if (!signals.routes().isEmpty() && domestic(signals.routes())) {
            z += DOMESTIC;
            reasons.add(new Reason("signal.domestic", "", "every route stays inside one country", DOMESTIC));
        }
        if (!signals.routes().isEmpty()) {
            z += ROUTE_BONUS;
            reasons.add(new Reason("signal.route", "", "names a route (" + signals.routes().get(0).placeKey() + ")",
                    ROUTE_BONUS));
        }
        double score = 1 / (1 + Math.exp(-z));
        boolean offer = score >= 0.5;
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.weight())));
        List<Reason> top = reasons.size() > MAX_REASONS ? reasons.subList(0, MAX_REASONS) : reasons;
        return new OfferDecision(score, offer, offer ? OfferCategory.of(counted, signals.routes()) : null, top);
    }
}
