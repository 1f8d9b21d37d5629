/**
 * Prices in posts: amount and ISO 4217 currency.
 *
 * <p>To use, call {@code new PriceExtractor().extract(normalisedText, lang, regions)} (or pass the phone matches
 * already found as a fourth argument to save a pass); it returns {@link org.tidewatch.core.Price}s with offsets
 * into the original text. Currency words, multipliers, money cues and non-units live in {@code money-words.txt}.
 */
package org.tidewatch.nlp.price;
