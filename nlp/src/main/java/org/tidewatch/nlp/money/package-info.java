/**
 * The money lexicon ({@code money-words.txt}): currencies, multipliers, number words, money cues and non-units, in
 * every project language and script.
 *
 * <p>To use, build one {@code new MoneyWords(new TextNormaliser())} and ask it about normalised words:
 * {@code currency("euros")} gives {@code EUR}, {@code multiplier("k")} 1000, {@code isUnit("ألف")} whether a number
 * before the word is an amount. The price grammar ({@code nlp.price}) and the phone extractor ({@code nlp.phone},
 * which leaves amounts alone) share it, so a currency or multiplier is added in this one file. Both read the word
 * they ask about with {@code WordEnd.of(text, start)}, so they agree on where it ends.
 */
package org.tidewatch.nlp.money;
