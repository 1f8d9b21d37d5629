package org.tidewatch.index.analysis;

import java.io.Reader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.bn.BengaliNormalizationFilter;
import org.apache.lucene.analysis.bn.BengaliStemFilter;
import org.apache.lucene.analysis.ckb.SoraniNormalizationFilter;
import org.apache.lucene.analysis.ckb.SoraniStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.ro.RomanianNormalizationFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The analyzers of the index. Every post's text goes into ONE field, {@link #TEXT}, analysed once with its own
 * language's chain: each word is indexed folded (ICU case and accent folding, Arabic-script letter unification) and,
 * at the same position, as its folded stem. One field instead of a folded field plus one stemmed field per language
 * halves the inversion work, and lets a query word become one term-union (the folded word and its stem in each
 * language, usually two to five distinct terms) that the engine scores and skips through as one postings list, and
 * that the watchlist presearcher indexes under a handful of terms. The price: a stem made by one language's rules can
 * meet a word of another language (Portuguese stems "boat" to "boa"); stems therefore weigh less than the word.
 * Words of the cross-language glossary also get their concept token ({@code ≡boat} next to قارب, bateaux, tekne …),
 * so a query word of the glossary finds the concept in every language through one postings list. Exact fields use a lower-casing
 * keyword analyzer.
 */
public final class LanguageAnalyzers {
    /** The one analysed text field of every post: folded words and, stacked on them, their stems. */
    public static final String TEXT = "text";

    private static final CharArraySet ELISIONS = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
                    "dell", "dall", "all", "nell", "sull", "coll", "pell", "un", "gl", "quest", "quell", "sant"), true);

    private final boolean cacheWords;
    private final Map<String, Analyzer> byLanguage;
    private final Analyzer folded;
    private final Concepts concepts;
    private final Analyzer foldedText;
    private final Analyzer keyword;
    private final Map<String, Analyzer> perField = new java.util.concurrent.ConcurrentHashMap<>();

    public LanguageAnalyzers() {
        this(true);
    }

    /** @param cacheWords whether the per-word chains run once per distinct word (off only to test that it changes nothing) */
    LanguageAnalyzers(boolean cacheWords) {
        this.cacheWords = cacheWords;
        this.folded = new FoldingAnalyzer(null);
        this.concepts = new Concepts(this::foldWord);
        this.foldedText = new FoldingAnalyzer(concepts);
        Map<String, Analyzer> langs = new LinkedHashMap<>();
        langs.put("en", new StemmingAnalyzer(EnglishPossessiveFilter::new, LowerCaseFilter::new, PorterStemFilter::new));
        langs.put("ar", new StemmingAnalyzer(null, in -> new DecimalDigitFilter(new LowerCaseFilter(in)), ArabicStemFilter::new));
        langs.put("fa", new StemmingAnalyzer(null, in -> new DecimalDigitFilter(new LowerCaseFilter(in)), PersianStemFilter::new) {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new PersianCharFilter(reader); // zero-width non-joiner splits words in Persian
            }
        });
        langs.put("ckb", new StemmingAnalyzer(SoraniNormalizationFilter::new,
                in -> new DecimalDigitFilter(new LowerCaseFilter(in)), SoraniStemFilter::new));
        langs.put("tr", new StemmingAnalyzer(ApostropheFilter::new, TurkishLowerCaseFilter::new,
                in -> new SnowballFilter(in, new TurkishStemmer())));
        langs.put("fr", new StemmingAnalyzer(in -> new ElisionFilter(in, ELISIONS), LowerCaseFilter::new, FrenchLightStemFilter::new));
        langs.put("it", new StemmingAnalyzer(in -> new ElisionFilter(in, ELISIONS), LowerCaseFilter::new, ItalianLightStemFilter::new));
        langs.put("es", new StemmingAnalyzer(null, LowerCaseFilter::new, SpanishLightStemFilter::new));
        langs.put("de", new StemmingAnalyzer(null, LowerCaseFilter::new,
                in -> new GermanLightStemFilter(new GermanNormalizationFilter(in))));
        langs.put("sr", new StemmingAnalyzer(null, LowerCaseFilter::new,
                in -> new SerbianNormalizationFilter(new SnowballFilter(in, new SerbianStemmer()))));
        langs.put("el", new StemmingAnalyzer(null, GreekLowerCaseFilter::new, GreekStemFilter::new));
        langs.put("ru", new StemmingAnalyzer(null, LowerCaseFilter::new, in -> new SnowballFilter(in, new RussianStemmer())));
        langs.put("bg", new StemmingAnalyzer(null, LowerCaseFilter::new, BulgarianStemFilter::new));
        langs.put("nl", new StemmingAnalyzer(null, LowerCaseFilter::new, in -> new SnowballFilter(in, new DutchStemmer())));
        langs.put("pt", new StemmingAnalyzer(null, LowerCaseFilter::new, PortugueseLightStemFilter::new));
        langs.put("ro", new StemmingAnalyzer(null, LowerCaseFilter::new,
                in -> new SnowballFilter(new RomanianNormalizationFilter(in), new RomanianStemmer())));
        langs.put("hi", new StemmingAnalyzer(null, in -> new DecimalDigitFilter(new LowerCaseFilter(in)),
                in -> new HindiStemFilter(new HindiNormalizationFilter(new IndicNormalizationFilter(in)))));
        langs.put("bn", new StemmingAnalyzer(null, in -> new DecimalDigitFilter(new LowerCaseFilter(in)),
                in -> new BengaliStemFilter(new BengaliNormalizationFilter(new IndicNormalizationFilter(in)))));
        this.byLanguage = Map.copyOf(langs);
        this.keyword = new KeywordLowerAnalyzer();
    }

    /** Codes of the languages with a stemming chain of their own (the others are indexed folded only). */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The analyzer a post's text is indexed with: its language's stemming chain, or the folding one. */
    public Analyzer forPost(String lang) {
        return byLanguage.getOrDefault(canonical(lang), foldedText);
    }

    /** Every analyzer a query word must be analysed with to meet the words of posts in any language. */
    public Collection<Analyzer> all() {
        java.util.List<Analyzer> all = new java.util.ArrayList<>(byLanguage.size() + 1);
        all.add(foldedText);
        all.addAll(byLanguage.values());
        return all;
    }

    /**
     * The analyzer of each field of the index, as the highlighter and the watchlist monitor need it: {@link #TEXT}
     * with the given language's chain, author names folded, the rest as lower-cased keywords.
     */
    public Analyzer perField(String lang) {
        return perField.computeIfAbsent(canonical(lang), code -> perFieldOf(forPost(code)));
    }

    private Analyzer perFieldOf(Analyzer text) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return switch (fieldName) {
                    case TEXT -> text;
                    case "author_name" -> folded;
                    default -> keyword;
                };
            }
        };
    }

    /** The analyzer of the fields of the index when the language does not matter (the folding chain for text). */
    public Analyzer perField() {
        return perField(null);
    }

    /** The language-neutral folding analyzer (author names; words of languages without a chain). */
    public Analyzer folded() {
        return folded;
    }

    private static String canonical(String lang) {
        if (lang == null) {
            return "und";
        }
        String code = lang.toLowerCase(Locale.ROOT);
        // Sorani is written ku or ckb depending on the detector; we index it as ckb.
        return code.equals("ku") ? "ckb" : code;
    }

    /** The Arabic-script letter unification every chain starts with. */
    private static TokenStream unified(TokenStream words) {
        return new PersianNormalizationFilter(new ArabicNormalizationFilter(words));
    }

    /** The per-word chain after the tokenizer: through the word cache, or directly when the cache is off. */
    private Analyzer.TokenStreamComponents components(UnaryOperator<TokenStream> perWord) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = cacheWords ? new CachedWordFilter(source, perWord) : perWord.apply(source);
        return new Analyzer.TokenStreamComponents(source, words);
    }

    /**
     * Tokenise, unify Arabic-script letters, apply the language's own normalisation and lower-casing, then keep each
     * word and its stem at one position (the stemmer skips the keyword-marked copy), fold both, drop a stem equal to its
     * word, and add the glossary concept the word or its stem names ({@link ConceptFilter}). No stop words: the surface
     * form of every word stays searchable and phrases keep their positions. Everything after the tokenizer depends on
     * the word alone, so it runs once per distinct word ({@link CachedWordFilter}).
     */
    private class StemmingAnalyzer extends Analyzer {
        private final UnaryOperator<TokenStream> before;
        private final UnaryOperator<TokenStream> lower;
        private final UnaryOperator<TokenStream> stem;

        StemmingAnalyzer(UnaryOperator<TokenStream> before, UnaryOperator<TokenStream> lower, UnaryOperator<TokenStream> stem) {
            this.before = before;
            this.lower = lower;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return components(this::perWord);
        }

        private TokenStream perWord(TokenStream words) {
            TokenStream stream = unified(words);
            if (before != null) {
                stream = before.apply(stream);
            }
            stream = lower.apply(stream);
            stream = new KeywordRepeatFilter(stream);
            stream = stem.apply(stream);
            stream = new ICUFoldingFilter(stream);
            return new ConceptFilter(new RemoveDuplicatesTokenFilter(stream), concepts);
        }
    }

    /** A word's first folded token (how glossary words are compared), or null when it has none. */
    private String foldWord(String word) {
        try (TokenStream ts = folded.tokenStream(TEXT, word)) {
            org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                    ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? term.toString() : null;
            while (ts.incrementToken()) {
                // drain: a stream must be consumed to its end before it is closed
            }
            ts.end();
            return first;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot fold " + word, e);
        }
    }

    /** Whether a term of the text field is a glossary concept rather than a word. */
    public static boolean isConcept(String term) {
        return Concepts.isConcept(term);
    }

    /** Unicode word tokens, Arabic/Persian letter unification, ICU folding (case, accents, width), glossary concepts. */
    private final class FoldingAnalyzer extends Analyzer {
        private final Concepts concepts;

        FoldingAnalyzer(Concepts concepts) {
            this.concepts = concepts;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            if (concepts == null) { // author names and glossary words: short, not worth a cache
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ICUFoldingFilter(unified(source)));
            }
            return components(words -> new ConceptFilter(new ICUFoldingFilter(unified(words)), concepts));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(unified(in));
        }
    }

    /** The whole value as one lower-cased token. */
    private static final class KeywordLowerAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    }
}
