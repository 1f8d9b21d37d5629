package org.tidewatch.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.schema.Fields;

/**
 * The query of one free-text word or phrase: the best of the folded field, each language's stemmed field,
 * the glossary equivalents in other languages, and the phone field when the word is a phone number.
 */
final class FreeTextQueries {
    private final LanguageAnalyzers analyzers;
    private final String defaultRegion;
    private final Glossary glossary;

    FreeTextQueries(LanguageAnalyzers analyzers, String defaultRegion) {
        this.analyzers = analyzers;
        this.defaultRegion = defaultRegion;
        this.glossary = new Glossary(word -> {
            List<String> t = tokens(analyzers.folded(), LanguageAnalyzers.FOLDED, word).terms();
            return t.isEmpty() ? null : t.get(0);
        });
    }

    /** The query of a word (or a phrase, without glossary or phone matching); null when it has no tokens. */
    Query query(String word, boolean phrase) {
        List<Query> alternatives = new ArrayList<>();
        if (!phrase && word.endsWith("*") && word.length() >= 4) {
            String stem = analyzers.folded().normalize(LanguageAnalyzers.FOLDED, word.substring(0, word.length() - 1)).utf8ToString();
            return new PrefixQuery(new Term(LanguageAnalyzers.FOLDED, stem));
        }
        Analyzed folded = tokens(analyzers.folded(), LanguageAnalyzers.FOLDED, word);
        add(alternatives, terms(LanguageAnalyzers.FOLDED, folded));
        for (String lang : analyzers.languages()) {
            String field = LanguageAnalyzers.TEXT_PREFIX + lang;
            add(alternatives, terms(field, tokens(analyzers.forLanguage(lang), field, word)));
        }
        if (!phrase && folded.terms().size() == 1) {
            List<String> equivalents = glossary.equivalents(folded.terms().get(0));
            if (!equivalents.isEmpty()) {
                // One synonym query (shared statistics, one scorer) is much cheaper than a clause per equivalent.
                SynonymQuery.Builder synonyms = new SynonymQuery.Builder(LanguageAnalyzers.FOLDED);
                equivalents.forEach(eq -> synonyms.addTerm(new Term(LanguageAnalyzers.FOLDED, eq), 0.8f));
                alternatives.add(synonyms.build());
            }
        }
        // A place named in English finds posts whose route goes there, whatever script the post is written in.
        String place = word.strip().toLowerCase(java.util.Locale.ROOT);
        if (!place.isEmpty()) {
            alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.FROM_PLACE, place)), 0.9f));
            alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.TO_PLACE, place)), 0.9f));
        }
        if (!phrase && word.chars().filter(Character::isDigit).count() >= 7 && PostQueryParser.PHONE_CHARS.matcher(word).matches()) {
            String e164 = PhoneTerms.e164(word, defaultRegion);
            if (e164 != null) {
                alternatives.add(new TermQuery(new Term(Fields.PHONE, e164)));
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
    }

    private static void add(List<Query> list, Query q) {
        if (q != null && !list.contains(q)) {
            list.add(q);
        }
    }

    /** Terms and their positions as an analyzer produced them. */
    record Analyzed(List<String> terms, List<Integer> positions) {
    }

    static Query terms(String field, Analyzed a) {
        if (a.terms().isEmpty()) {
            return null;
        }
        if (a.terms().size() == 1) {
            return new TermQuery(new Term(field, a.terms().get(0)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int k = 0; k < a.terms().size(); k++) {
            b.add(new Term(field, a.terms().get(k)), a.positions().get(k));
        }
        return b.build();
    }

    static Analyzed tokens(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis failed on a query word", e);
        }
        return new Analyzed(terms, positions);
    }
}
