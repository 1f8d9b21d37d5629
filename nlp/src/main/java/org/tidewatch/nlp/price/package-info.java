/**
 * Prices in posts: amount and ISO 4217 currency.
 *
 * <p>To use, build one {@code new PriceExtractor(phoneExtractor)} (sharing the post pipeline's
 * {@link org.tidewatch.nlp.phone.PhoneExtractor}) and call {@code extract(normalisedText, lang, regions,
 * phoneMatches)} with the phones already found, or {@code extract(normalisedText, lang, regions)} to have them
 * found; it returns {@link org.tidewatch.core.Price}s with offsets into the original text, in order of first
 * appearance, each (amount, currency) once. {@code regions} (from {@code RegionHints.regionsFor}) decide dinar,
 * lira, pound, dirham, rial and the Maghrebi colloquial "million". Currency words, multipliers, number words,
 * money cues and non-units live in {@code money-words.txt} ({@link org.tidewatch.nlp.money.MoneyWords}).
 */
package org.tidewatch.nlp.price;
