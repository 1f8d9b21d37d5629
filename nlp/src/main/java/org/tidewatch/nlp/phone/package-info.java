/**
 * Phone numbers in posts, with libphonenumber.
 *
 * <p>To use, build the regions the post points at with {@code new RegionHints().regionsFor(text, lang,
 * sourceRegion, currencies, placeRegions)} and pass them to {@code new PhoneExtractor().extract(text, regions)};
 * each {@link org.tidewatch.nlp.phone.PhoneMatch} carries the E.164 form, its span in the original text and its
 * region. Both classes are thread-safe: build one of each and share them.
 */
package org.tidewatch.nlp.phone;
