/**
 * Words and phrases for the route grammar and the offer lexicon: {@link org.tidewatch.nlp.match.Tokenizer}
 * (words, arrows, dashes, sentence breaks, flags), {@link org.tidewatch.nlp.match.Fold} (one form per letter
 * variant) and {@link org.tidewatch.nlp.match.PhraseIndex} (longest phrase at a token, through Arabic-script clitics
 * and case endings).
 *
 * <p>To use, {@code new Tokenizer().tokenize(normalisedText)}, fill a {@code PhraseIndex} with {@code add(phrase,
 * value)} once, then call {@code longestAt(tokens, i)} for each token. A phrase written {@code =Name} asks for a
 * capital in the text, {@code ~word} for the word written with its diacritics (Vietnamese {@code ~đi}, which folds
 * to the Italian {@code di}). Resources (TSV rows or plain lines) are read with
 * {@link org.tidewatch.nlp.match.TsvResource}. Everything here is thread-safe once built.
 */
package org.tidewatch.nlp.match;
