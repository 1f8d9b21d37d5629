package org.tidewatch.index.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.schema.Fields;

/**
 * The query of one free-text word or phrase: the text field's folded words, their stems in every language and their
 * glossary concept (the same thing in other languages), the route places, and the phone field for a phone number.
 */
final class FreeTextQueries {
    /** How much a stem counts against the word as typed (a stem can be another language's word). */
    private static final float STEM_WEIGHT = 0.9f;
    /** How much the word's glossary concept (the same thing said in other languages) counts against the word as typed. */
    private static final float CONCEPT_WEIGHT = 0.8f;
    private final LanguageAnalyzers analyzers;
    private final String defaultRegion;

    FreeTextQueries(LanguageAnalyzers analyzers, String defaultRegion) {
        this.analyzers = analyzers;
        this.defaultRegion = defaultRegion;
    }

    /** The query of a word (or a phrase, without glossary or phone matching); null when it has no tokens. */
    Query query(String word, boolean phrase) {
        if (!phrase && word.endsWith("*") && word.length() >= 4) {
            String stem = analyzers.folded().normalize(LanguageAnalyzers.TEXT, word.substring(0, word.length() - 1)).utf8ToString();
            return new PrefixQuery(new Term(LanguageAnalyzers.TEXT, stem));
        }
        List<Query> alternatives = new ArrayList<>();
        Query text = textQuery(word, phrase);
        if (text != null) {
            alternatives.add(text);
        }
        // A place named in English finds posts whose route goes there, whatever script the post is written in.
        String place = word.strip().toLowerCase(java.util.Locale.ROOT);
        if (!place.isEmpty()) {
            alternatives.add(new BoostQuery(new TermQuery(Fields.term(Fields.FROM_PLACE, place)), 0.9f));
            alternatives.add(new BoostQuery(new TermQuery(Fields.term(Fields.TO_PLACE, place)), 0.9f));
        }
        if (!phrase && word.chars().filter(Character::isDigit).count() >= 7 && PostQueryParser.PHONE_CHARS.matcher(word).matches()) {
            String e164 = PhoneTerms.e164(word, defaultRegion);
            if (e164 != null) {
                alternatives.add(new TermQuery(new Term(Fields.PHONE, e164)));
            }
        }
        if (text == null && alternatives.size() <= 2) {
            return null; // nothing but the place guesses: a word of only punctuation or symbols
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        // SHOULD clauses rather than a max: clauses whose term is not in the index drop out before scoring, and a
        // single remaining clause is scored (and skipped through) on its own. One flat disjunction, not the text's
        // own disjunction nested in it: the engine prunes clause by clause only within one level (a word's concept,
        // on half the index and worth little, is then skipped once the page is full).
        return FlatDisjunction.of(alternatives);
    }

    /**
     * The text field's query: the word analysed with every language's chain (so it meets the folded word and its
     * stem in any language), as one term union; several words as one phrase whose every position accepts any of
     * the chains' terms for it.
     */
    private Query textQuery(String word, boolean phrase) {
        Map<Integer, List<Set<String>>> byLength = new LinkedHashMap<>();
        for (Analyzer analyzer : analyzers.all()) {
            List<Set<String>> positions = positions(analyzer, word);
            if (positions.isEmpty()) {
                continue;
            }
            List<Set<String>> merged = byLength.computeIfAbsent(positions.size(), n -> new ArrayList<>());
            for (int k = 0; k < positions.size(); k++) {
                if (merged.size() <= k) {
                    merged.add(new LinkedHashSet<>());
                }
                merged.get(k).addAll(positions.get(k));
            }
        }
        if (byLength.isEmpty()) {
            return null;
        }
        List<Query> shapes = new ArrayList<>();
        for (List<Set<String>> positions : byLength.values()) {
            Query shape = positions.size() == 1 ? union(word, positions.get(0), !phrase) : phrase(positions, !phrase);
            if (shape != null) {
                shapes.add(shape);
            }
        }
        if (shapes.size() <= 1) {
            return shapes.isEmpty() ? null : shapes.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        shapes.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * One word: its folded form and its stems (weighing less) as one synonym query, and, unless quoted, its glossary
     * concept as a second optional clause. The concept's postings hold a large share of the index: as a clause of its
     * own the engine stops reading them once only posts with the word itself can still enter the page (max-score
     * pruning), where merged into the synonym they would be read to the end.
     */
    private Query union(String word, Set<String> terms, boolean withConcepts) {
        String typed = analyzers.folded().normalize(LanguageAnalyzers.TEXT, word).utf8ToString();
        SynonymQuery.Builder words = new SynonymQuery.Builder(LanguageAnalyzers.TEXT);
        List<Query> clauses = new ArrayList<>();
        int wordTerms = 0;
        for (String t : terms) {
            if (LanguageAnalyzers.isConcept(t)) {
                if (withConcepts) {
                    clauses.add(new BoostQuery(new TermQuery(new Term(LanguageAnalyzers.TEXT, t)), CONCEPT_WEIGHT));
                }
            } else {
                words.addTerm(new Term(LanguageAnalyzers.TEXT, t), t.equals(typed) ? 1f : STEM_WEIGHT);
                wordTerms++;
            }
        }
        if (wordTerms > 0) {
            clauses.add(0, words.build());
        }
        if (clauses.size() <= 1) {
            return clauses.isEmpty() ? null : clauses.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        clauses.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Several words in a row: each position accepts the word, its stems and (unless quoted) its concept. */
    private static Query phrase(List<Set<String>> positions, boolean withConcepts) {
        MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
        for (Set<String> terms : positions) {
            b.add(terms.stream().filter(t -> withConcepts || !LanguageAnalyzers.isConcept(t))
                    .map(t -> new Term(LanguageAnalyzers.TEXT, t)).toArray(Term[]::new));
        }
        return b.build();
    }

    /** The terms an analyzer gives a text, grouped by position. */
    private static List<Set<String>> positions(Analyzer analyzer, String text) {
        Analyzed analyzed = tokens(analyzer, LanguageAnalyzers.TEXT, text);
        Map<Integer, Set<String>> byPosition = new LinkedHashMap<>();
        for (int k = 0; k < analyzed.terms().size(); k++) {
            byPosition.computeIfAbsent(analyzed.positions().get(k), p -> new LinkedHashSet<>()).add(analyzed.terms().get(k));
        }
        return new ArrayList<>(byPosition.values());
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
