package org.tidewatch.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.nlp.handle.HandleExtractor;
import org.tidewatch.nlp.lang.LanguageIdentifier;
import org.tidewatch.nlp.match.Token;
import org.tidewatch.nlp.match.Tokenizer;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;
import org.tidewatch.nlp.offer.OfferClassifier;
import org.tidewatch.nlp.offer.OfferDecision;
import org.tidewatch.nlp.offer.OfferEvidence;
import org.tidewatch.nlp.offer.Quotes;
import org.tidewatch.nlp.phone.PhoneExtractor;
import org.tidewatch.nlp.phone.PhoneMatch;
import org.tidewatch.nlp.phone.RegionHints;
import org.tidewatch.nlp.price.PriceExtractor;
import org.tidewatch.nlp.route.Mention;
import org.tidewatch.nlp.route.RouteExtractor;

/**
 * The enricher every entry point uses: normalise, language, tokens, routes, phone regions (cues, source region,
 * places, language), phones, prices (then phones again if the currencies point elsewhere), handles, the offer
 * evidence (which settles whether the routes count: a money-transfer or work-visa advert names none), and the offer
 * score with its reasons. Never throws: a failure gives an empty enrichment whose reason names the error.
 * Thread-safe; build one (loading takes a few seconds) and share it.
 */
public final class StandardEnricher implements Enricher {
    /** Receives the time each step took; for the bench. */
    @FunctionalInterface
    public interface StepClock {
        /** No timing. */
        StepClock NONE = (step, nanos) -> { };

        /** Called after each step with its name and duration. */
        void record(String step, long nanos);

        /** The clock's current time in nanoseconds (wall time unless a bench measures CPU time). */
        default long now() {
            return System.nanoTime();
        }
    }

    private final TextNormaliser normaliser = new TextNormaliser();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final Tokenizer tokenizer = new Tokenizer();
    private final RouteExtractor routes = RouteExtractor.standard();
    private final RegionHints regionHints = new RegionHints();
    private final PhoneExtractor phones = new PhoneExtractor(regionHints);
    private final PriceExtractor prices = new PriceExtractor();
    private final HandleExtractor handles = new HandleExtractor();
    private final OfferClassifier offers = OfferClassifier.standard();

    @Override
    public Enrichment enrich(String text, EnrichHints hints) {
        return enrich(text, hints, StepClock.NONE);
    }

    /** As {@link #enrich(String, EnrichHints)}, reporting each step's time to {@code clock}. */
    public Enrichment enrich(String text, EnrichHints hints, StepClock clock) {
        String lang = "und";
        try {
            String t = text == null ? "" : text;
            EnrichHints h = hints == null ? EnrichHints.NONE : hints;
            boolean timed = clock != StepClock.NONE;
            long t0 = timed ? clock.now() : 0;
            NormalisedText nt = normaliser.normalise(t);
            t0 = lap(clock, timed, "normalise", t0);
            lang = languages.identify(nt).code();
            t0 = lap(clock, timed, "language", t0);
            List<Token> tokens = tokenizer.tokenize(nt);
            RouteExtractor.Result found = routes.extract(tokens);
            t0 = lap(clock, timed, "routes", t0);
            List<String> places = placeRegions(found.mentions());
            List<String> regions = regionHints.regionsFor(nt, lang, h.region(), List.of(), places);
            List<PhoneMatch> phoneMatches = phones.extract(nt, regions);
            t0 = lap(clock, timed, "phones", t0);
            List<Price> priceList = prices.extract(nt, lang, regions, phoneMatches);
            t0 = lap(clock, timed, "prices", t0);
            Set<String> currencies = new LinkedHashSet<>();
            priceList.forEach(p -> currencies.add(p.currency()));
            if (currencyPointsElsewhere(currencies, regions)) {
                List<String> again = regionHints.regionsFor(nt, lang, h.region(), currencies, places);
                if (!again.equals(regions)) {
                    phoneMatches = phones.extract(nt, again);
                }
            }
            t0 = lap(clock, timed, "phones", t0);
            List<String> handleList = handles.extract(nt);
            t0 = lap(clock, timed, "handles", t0);
            List<String> phoneList = new ArrayList<>();
            for (PhoneMatch m : phoneMatches) {
                if (!phoneList.contains(m.e164())) {
                    phoneList.add(m.e164());
                }
            }
            // The routes are settled before the classifier weighs them, so no reason cites a route the output lacks.
            OfferEvidence evidence = offers.evidence(tokens, Quotes.in(nt.text()));
            List<Route> routeList = evidence.routesCount() ? found.routes() : List.of();
            OfferClassifier.Signals signals = new OfferClassifier.Signals(!priceList.isEmpty(),
                    !phoneList.isEmpty() || !handleList.isEmpty(), routeList);
            OfferDecision d = offers.classify(evidence, (s, e) -> span(nt, s, e), signals);
            lap(clock, timed, "offer", t0);
            return new Enrichment(lang, d.isOffer(), d.score(), d.category(), d.reasons(), priceList, routeList,
                    phoneList, handleList);
        } catch (RuntimeException | StackOverflowError e) {
            // The contract is never to throw: report the failure as the post's only reason.
            Reason failure = new Reason("enrichment.error", "", "enrichment failed: " + e, 0.0);
            return new Enrichment(lang, false, 0.0, null, List.of(failure), List.of(), List.of(), List.of(), List.of());
        }
    }

    private static long lap(StepClock clock, boolean timed, String step, long start) {
        if (!timed) {
            return 0;
        }
        long now = clock.now();
        clock.record(step, now - start);
        return now;
    }

    private static String span(NormalisedText nt, int start, int end) {
        return nt.originalText(start, end);
    }

    /** Whether a price's currency belongs to a region that is not already first in line for the phones. */
    private static boolean currencyPointsElsewhere(Set<String> currencies, List<String> regions) {
        for (String c : currencies) {
            java.util.Optional<String> r = RegionHints.forCurrency(c);
            if (r.isPresent() && (regions.isEmpty() || !regions.get(0).equals(r.get()))) {
                return true;
            }
        }
        return false;
    }

    /** ISO codes of the places named, in order, each once. */
    private static List<String> placeRegions(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.place().country() != null) {
                out.add(m.place().country());
            }
        }
        return new ArrayList<>(out);
    }
}
