/**
 * Text analysis of the index.
 *
 * <p>To use, create one {@link org.tidewatch.index.analysis.LanguageAnalyzers} and pass
 * {@code perField()} to the IndexWriter: {@code text_<lang>} fields get Lucene's analyzer of the language
 * (Arabic, Persian, Sorani, Turkish, French, Italian, Spanish, German, English, Serbian, Greek, Russian, …),
 * the {@code folded} field (every post) gets Unicode tokens with ICU folding, so a query finds posts in any language.
 */
package org.tidewatch.index.analysis;
