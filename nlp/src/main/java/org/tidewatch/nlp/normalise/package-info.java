/**
 * Text normalisation that keeps offsets into the original post.
 *
 * <p>To use, call {@code new TextNormaliser().normalise(text)} once per post and hand the {@link
 * org.tidewatch.nlp.normalise.NormalisedText} to every extractor; match lexicons against {@code text()} (or
 * {@code folded()} to ignore Latin accents) and map a hit {@code [s, e)} back with {@code originalStart(s)} and
 * {@code originalEnd(e - 1)} for highlighting. Write lexicon entries in the canonical forms listed on
 * {@link org.tidewatch.nlp.normalise.TextNormaliser}, or normalise them with the same class.
 */
package org.tidewatch.nlp.normalise;
