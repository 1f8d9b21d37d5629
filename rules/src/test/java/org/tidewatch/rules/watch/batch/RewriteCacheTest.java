package org.tidewatch.rules.watch.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class RewriteCacheTest {
    private final IndexSearcher searcher = new IndexSearcher(DocumentBatchReader.of(new StandardAnalyzer(), new Document()));

    @Test
    void keepsTheRewrittenFormOfTermAndPhraseCombinationsOnly() throws IOException {
        RewriteCache cache = new RewriteCache();
        Query phrase = new BooleanQuery.Builder().add(new BoostQuery(new PhraseQuery("text", "boat"), 2f), Occur.SHOULD).build();
        Query range = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "boat")), Occur.MUST)
                .add(DoublePoint.newRangeQuery("price", 1, 2), Occur.FILTER).build();

        Query first = cache.rewrite(searcher, phrase);
        Query again = cache.rewrite(searcher, phrase);
        cache.rewrite(searcher, range);
        cache.rewrite(searcher, new PrefixQuery(new Term("text", "bo")));

        assertThat(first).isEqualTo(searcher.rewrite(phrase)).isSameAs(again);
        assertThat(cache.size()).isOne();
        cache.clear();
        assertThat(cache.size()).isZero();
    }
}
