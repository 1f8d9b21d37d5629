package org.tidewatch.nlp.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvResourceTest {
    @Test
    void readsRowsWithTheirLineNumbersSkippingComments() {
        List<TsvResource.Row> rows = TsvResource.read(TsvResourceTest.class, "sample.tsv", 3);
        assertThat(rows).extracting(TsvResource.Row::line).containsExactly(2, 4);
        assertThat(rows.get(1).cells()).containsExactly("b", "2", "tail\twith tab");
    }

    @Test
    void namesResourceAndLineOfAShortRow() {
        assertThatThrownBy(() -> TsvResource.read(TsvResourceTest.class, "sample.tsv", 4))
                .hasMessage("sample.tsv:2: expected 4 tab-separated columns, got 3");
    }

    @Test
    void namesAMissingResource() {
        assertThatThrownBy(() -> TsvResource.read(TsvResourceTest.class, "nothing.tsv", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource nothing.tsv next to " + TsvResourceTest.class.getName());
        assertThatThrownBy(() -> TsvResource.lines(TsvResourceTest.class, "nope.txt"))
                .hasMessage("missing resource nope.txt next to " + TsvResourceTest.class.getName());
    }

    @Test
    void readsStrippedLinesWithoutCommentsOrBlanks() {
        assertThat(TsvResource.lines(TsvResourceTest.class, "sample-lexicon.txt"))
                .containsExactly("EUR euro يورو", "USD dollar");
    }
}
