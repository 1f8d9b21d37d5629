package org.tidewatch.rules.watch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class DocumentBatchReaderTest {
    private static Document doc(String text, String phone, double price) {
        Document d = new Document();
        d.add(new TextField("text", text, Field.Store.NO));
        if (phone != null) {
            d.add(new StringField("phone", phone, Field.Store.NO));
        }
        d.add(new DoublePoint("price", price));
        return d;
    }

    private static final DocumentBatchReader BATCH = DocumentBatchReader.of(new StandardAnalyzer(),
            doc("boat leaves tonight", "+21620123456", 1500),
            doc("no boat tonight, the boat is full", null, 2500),
            doc("weather report", "+21620123456", 99));

    private static List<Integer> hits(Query q) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc sd : new IndexSearcher(BATCH).search(q, 10).scoreDocs) {
            docs.add(sd.doc);
        }
        docs.sort(null);
        return docs;
    }

    @Test
    void keepsTermsSortedWithTheirDocumentsFrequenciesAndPositions() throws IOException {
        TermsEnum terms = BATCH.terms("text").iterator();
        assertThat(terms.seekExact(new BytesRef("boat"))).isTrue();
        assertThat(terms.docFreq()).isEqualTo(2);
        assertThat(terms.totalTermFreq()).isEqualTo(3);
        PostingsEnum postings = terms.postings(null, PostingsEnum.POSITIONS);
        assertThat(postings.nextDoc()).isZero();
        assertThat(postings.freq()).isOne();
        assertThat(postings.nextPosition()).isZero();
        assertThat(postings.nextDoc()).isOne();
        assertThat(postings.freq()).isEqualTo(2);
        assertThat(postings.nextPosition()).isOne();
        assertThat(postings.nextPosition()).isEqualTo(4);
        assertThat(postings.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);

        List<String> all = new ArrayList<>();
        terms = BATCH.terms("text").iterator();
        for (BytesRef t = terms.next(); t != null; t = terms.next()) {
            all.add(t.utf8ToString());
        }
        assertThat(all).isSorted().contains("boat", "full", "weather").doesNotHaveDuplicates();
        assertThat(terms.seekCeil(new BytesRef("bz"))).isEqualTo(TermsEnum.SeekStatus.NOT_FOUND);
        assertThat(terms.term().utf8ToString()).isEqualTo("full");
        assertThat(terms.seekCeil(new BytesRef("zzz"))).isEqualTo(TermsEnum.SeekStatus.END);
    }

    @Test
    void answersTermPhrasePrefixAndRangeQueriesOverTheBatch() throws IOException {
        assertThat(hits(new TermQuery(new Term("phone", "+21620123456")))).containsExactly(0, 2);
        assertThat(hits(new PhraseQuery("text", "boat", "tonight"))).containsExactly(1);
        assertThat(hits(new PhraseQuery("text", "boat", "leaves"))).containsExactly(0);
        assertThat(hits(new PrefixQuery(new Term("text", "lea")))).containsExactly(0);
        assertThat(hits(DoublePoint.newRangeQuery("price", 1000, 3000))).containsExactly(0, 1);
        assertThat(hits(new BooleanQuery.Builder().add(new TermQuery(new Term("text", "boat")), Occur.MUST)
                .add(DoublePoint.newRangeQuery("price", 2000, 3000), Occur.MUST_NOT).build())).containsExactly(0);
        assertThat(BATCH.getFieldInfos().fieldInfo("phone").getIndexOptions()).isEqualTo(IndexOptions.DOCS);
        assertThat(BATCH.maxDoc()).isEqualTo(3);
    }

    @Test
    void refusesAnEmptyBatchAndAFieldIndexedTwoWays() {
        assertThatThrownBy(() -> DocumentBatchReader.of(new StandardAnalyzer()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a batch needs at least one document");
        Document keyword = new Document();
        keyword.add(new StringField("f", "a", Field.Store.NO));
        Document text = new Document();
        text.add(new TextField("f", "a", Field.Store.NO));
        assertThatThrownBy(() -> DocumentBatchReader.of(new StandardAnalyzer(), keyword, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field f is indexed with DOCS and DOCS_AND_FREQS_AND_POSITIONS in one batch");
    }
}
