/**
 * Language identification for short, mixed posts.
 *
 * <p>To use, build one {@link org.tidewatch.nlp.lang.LanguageIdentifier} (it loads OpenNLP's model) and call
 * {@code identify(normalisedText)}; the {@link org.tidewatch.nlp.lang.LanguageGuess} carries an ISO 639-1 code
 * ({@code ar} for Arabizi, {@code ku} for both Kurdish scripts, {@code sr} for Serbian Latin and Cyrillic), a
 * confidence and the evidence. Besides the 15 project codes it answers {@code vi} (Vietnamese tone-marked vowels and
 * function words), {@code bn} (any Bengali-script post) and {@code so} (Somali function words). Function words live
 * in {@code function-words.txt} next to the class.
 */
package org.tidewatch.nlp.lang;
