package org.tidewatch.rules.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class PointQueriesTest {
    @Test
    void replacesNestedIndexOrDocValuesQueriesByTheirPointsQuery() {
        Query points = LongPoint.newRangeQuery("time", 10, 20);
        Query dateFilter = new IndexOrDocValuesQuery(points, NumericDocValuesField.newSlowRangeQuery("time", 10, 20));
        Query word = new TermQuery(new Term("text", "boat"));
        Query query = new BooleanQuery.Builder().add(word, Occur.MUST)
                .add(new ConstantScoreQuery(new BoostQuery(dateFilter, 2f)), Occur.FILTER).build();

        Query expected = new BooleanQuery.Builder().add(word, Occur.MUST)
                .add(new ConstantScoreQuery(new BoostQuery(points, 2f)), Occur.FILTER).build();
        assertThat(PointQueries.withoutDocValues(query)).isEqualTo(expected);
        assertThat(PointQueries.withoutDocValues(word)).isSameAs(word);
    }
}
