/**
 * Text analysis of the index.
 *
 * <p>To use, create one {@link org.tidewatch.index.analysis.LanguageAnalyzers}; index a post's text in the one field
 * {@link org.tidewatch.index.analysis.LanguageAnalyzers#TEXT} with {@code forPost(lang)} (the schema does this through
 * a field that picks its analyzer per post), and analyse a query word with every analyzer of {@code all()}. Each
 * language with a chain (Arabic, Persian, Sorani, Turkish, French, Italian, Spanish, German, English, Serbian, Greek,
 * Russian, …) indexes every word folded and, at the same position, its stem; words of the cross-language glossary
 * ({@code glossary.tsv}) also get a concept token ({@code ≡boat}). Other languages are folded only. Changing a chain
 * or the glossary needs a {@code reindex}. A chain's per-word part runs once per distinct word per thread
 * ({@code CachedWordFilter}): a new filter must depend on the word alone (no stop words, no look at its neighbours).
 */
package org.tidewatch.index.analysis;
