/**
 * Routes: the gazetteer ({@code places.tsv}, {@code countries.tsv} and the JDK's CLDR country names in every
 * project language) and the multilingual route grammar ({@code markers.tsv}: from/to/via words, postpositions,
 * "and", "then").
 *
 * <p>To use, build {@code RouteExtractor.standard()} once (it loads ~5,000 names) and call
 * {@code extract(new Tokenizer().tokenize(normalisedText))}: the result holds the place mentions with their roles
 * and the {@link org.tidewatch.core.Route}s with English names and ISO 3166-1 codes. Rules: transit ("via",
 * "üzerinden", "عن طريق") and located places (office, arrest, writer) are no ends; visa-issuing countries are
 * excluded; legs, alternatives and arrows give one route each; a departure without destination stands alone;
 * arrival verbs carry a destination and a payment clause ("pay after you reach X") never adds a leg
 * ({@code PlaceRoles} reads each place's role).
 */
package org.tidewatch.nlp.route;
