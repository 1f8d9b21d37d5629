package org.tidewatch.index.analysis;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;

/**
 * The analyzers of the index: one stemming analyzer per supported language (field {@code text_<lang>}),
 * a language-neutral folded analyzer (field {@code folded}: Unicode tokenisation, ICU case and accent folding,
 * Arabic-script letter unification) and a lower-casing keyword analyzer for exact fields.
 */
public final class LanguageAnalyzers {
    /** Field holding every post's text, folded but not stemmed, so a query finds posts in any language. */
    public static final String FOLDED = "folded";
    /** Prefix of the per-language stemmed text fields. */
    public static final String TEXT_PREFIX = "text_";

    private final Map<String, Analyzer> byLanguage;
    private final Analyzer folded;
    private final Analyzer keyword;
    private final Analyzer perField;

    public LanguageAnalyzers() {
        Map<String, Analyzer> langs = new LinkedHashMap<>();
        langs.put("en", new EnglishAnalyzer());
        langs.put("ar", new ArabicAnalyzer());
        langs.put("fa", new PersianAnalyzer());
        langs.put("ckb", new SoraniAnalyzer());
        langs.put("tr", new TurkishAnalyzer());
        langs.put("fr", new FrenchAnalyzer());
        langs.put("it", new ItalianAnalyzer());
        langs.put("es", new SpanishAnalyzer());
        langs.put("de", new GermanAnalyzer());
        langs.put("sr", new SerbianAnalyzer());
        langs.put("el", new GreekAnalyzer());
        langs.put("ru", new RussianAnalyzer());
        langs.put("bg", new BulgarianAnalyzer());
        langs.put("nl", new DutchAnalyzer());
        langs.put("pt", new PortugueseAnalyzer());
        langs.put("ro", new RomanianAnalyzer());
        langs.put("hi", new HindiAnalyzer());
        langs.put("bn", new BengaliAnalyzer());
        this.byLanguage = Map.copyOf(langs);
        this.folded = new FoldingAnalyzer();
        this.keyword = new KeywordLowerAnalyzer();
        Map<String, Analyzer> fields = new HashMap<>();
        langs.forEach((lang, analyzer) -> fields.put(TEXT_PREFIX + lang, analyzer));
        fields.put(FOLDED, folded);
        fields.put("author_name", folded);
        this.perField = new PerFieldAnalyzerWrapper(keyword, fields);
    }

    /** Codes of the languages with their own analyzer (the others are only in the folded field). */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The stemmed text field of a language, or null when the language has no analyzer of its own. */
    public String textField(String lang) {
        String code = canonical(lang);
        return byLanguage.containsKey(code) ? TEXT_PREFIX + code : null;
    }

    /** The analyzer of a field of the index (folded, text_xx, author_name; keyword for the rest). */
    public Analyzer perField() {
        return perField;
    }

    /** The analyzer of the language-neutral field. */
    public Analyzer folded() {
        return folded;
    }

    /** The stemming analyzer of a supported language. */
    public Analyzer forLanguage(String lang) {
        return byLanguage.get(canonical(lang));
    }

    private static String canonical(String lang) {
        if (lang == null) {
            return "und";
        }
        String code = lang.toLowerCase(Locale.ROOT);
        // Sorani is written ku or ckb depending on the detector; we index it as ckb.
        return code.equals("ku") ? "ckb" : code;
    }

    /** Unicode word tokens, Arabic/Persian letter unification, ICU folding (case, accents, width). */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ArabicNormalizationFilter(source);
            stream = new PersianNormalizationFilter(stream);
            stream = new ICUFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(in)));
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
