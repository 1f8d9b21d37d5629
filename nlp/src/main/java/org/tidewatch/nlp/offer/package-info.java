/**
 * The offer classifier: a multilingual indicator lexicon ({@code indicators.tsv}, weights and English glosses,
 * counter-indicators for news, NGO warnings, legal travel, consultancies, adverts, demand-side posts and scam
 * warnings) plus a logistic n-gram model trained at start-up on {@code training.tsv} (synthetic posts written for
 * Tidewatch, never the eval data), and {@link org.tidewatch.nlp.offer.OfferCategory} for the category. Counter-
 * indicators with the hint {@code weak} (fare/rent, work abroad, ticket words) count only when no crossing cue of
 * weight 0.8 or more stands beside them; indicators of weight 0 are masks for ordinary words. An indicator may carry
 * several hints ({@code air,doc}: a look-alike passport is a document sold for a flight); a {@code doc} hint with a
 * price or contact makes a document sale.
 *
 * <p>To use, build {@code OfferClassifier.standard()} once and call {@code classify(tokens, spanText, signals,
 * quoted)}; the {@link org.tidewatch.nlp.offer.OfferDecision} has the score, the yes/no, the category and the
 * reasons (matched text in its own script = English gloss). {@code StandardEnricher} does all of this for you.
 */
package org.tidewatch.nlp.offer;
