package org.tidewatch.rules.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.TermWeightor;
import org.junit.jupiter.api.Test;
import org.tidewatch.index.schema.Fields;

class FewValuedWeightTest {
    private final TermWeightor weight = WatchlistMatcher.fewValued(0.01);

    @Test
    void weighsDownFewValuedKeywordsOnly() {
        assertThat(weight.applyAsDouble(Fields.term(Fields.LANG, "ar"))).isEqualTo(0.01);
        assertThat(weight.applyAsDouble(Fields.term(Fields.ROUTE, "LY>IT"))).isEqualTo(0.01);
        assertThat(weight.applyAsDouble(new Term(Fields.IS_OFFER, "true"))).isEqualTo(0.01);
    }

    @Test
    void keepsPlacesPhonesAndWordsSelective() {
        assertThat(weight.applyAsDouble(Fields.term(Fields.TO_PLACE, "lampedusa"))).isEqualTo(1.0);
        assertThat(weight.applyAsDouble(Fields.term(Fields.EVIDENCE, "ab12"))).isEqualTo(1.0);
        assertThat(weight.applyAsDouble(new Term(Fields.PHONE, "+218912345678"))).isEqualTo(1.0);
        assertThat(weight.applyAsDouble(new Term("text", "lang=ar"))).isEqualTo(1.0);
    }
}
