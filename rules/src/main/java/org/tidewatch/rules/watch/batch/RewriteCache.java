package org.tidewatch.rules.watch.batch;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The rewritten form of each candidate query, kept across batches. Rewriting a stored query for every batch cost a
 * third of the candidate work, and for most query shapes the result does not depend on the batch: only queries built
 * from the types listed in {@link #independent} (terms, phrases, synonyms and boolean combinations of them) are kept;
 * any other query (ranges over points, multi-term queries, doc-value queries …) is rewritten against each batch as
 * before. Queries are keyed by identity (the monitor hands the same query objects to every batch, and a structural
 * hash of a phrase is computed anew on every call); {@link #clear()} when queries are registered or removed, and the
 * cache empties itself past {@link #LIMIT} entries, so query objects the monitor has dropped are not kept for long.
 * Thread-safe.
 */
public final class RewriteCache {
    /** Entries kept at most: several times the query entries of a large monitor. */
    static final int LIMIT = 200_000;
    private final Map<Query, Query> rewritten = new IdentityHashMap<>();

    /** The query as the searcher would rewrite it. */
    public Query rewrite(IndexSearcher searcher, Query query) throws IOException {
        Query known;
        synchronized (rewritten) {
            known = rewritten.get(query);
        }
        if (known != null) {
            return known;
        }
        Query result = searcher.rewrite(query);
        if (independent(query)) {
            synchronized (rewritten) {
                if (rewritten.size() >= LIMIT) {
                    rewritten.clear();
                }
                rewritten.put(query, result);
            }
        }
        return result;
    }

    /** Forgets every kept form. */
    public void clear() {
        synchronized (rewritten) {
            rewritten.clear();
        }
    }

    /** Number of queries whose rewritten form is kept. */
    public int size() {
        synchronized (rewritten) {
            return rewritten.size();
        }
    }

    /** Whether a query's rewrite depends on nothing but its own structure (so not on the documents searched). */
    static boolean independent(Query query) {
        return switch (query) {
            case TermQuery q -> true;
            case PhraseQuery q -> true;
            case MultiPhraseQuery q -> true;
            case SynonymQuery q -> true;
            case MatchAllDocsQuery q -> true;
            case MatchNoDocsQuery q -> true;
            case BoostQuery q -> independent(q.getQuery());
            case ConstantScoreQuery q -> independent(q.getQuery());
            case DisjunctionMaxQuery q -> q.getDisjuncts().stream().allMatch(RewriteCache::independent);
            case BooleanQuery q -> q.clauses().stream().map(BooleanClause::query).allMatch(RewriteCache::independent);
            default -> false;
        };
    }
}
