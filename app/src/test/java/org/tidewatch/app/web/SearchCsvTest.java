package org.tidewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells and facet links built by the search page. */
class SearchCsvTest {
    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(SearchCsv.cell("plain")).isEqualTo("plain");
        assertThat(SearchCsv.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(SearchCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SearchCsv.cell("+218912345678 +21620123456")).isEqualTo("+218912345678 +21620123456");
        assertThat(SearchCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }

    @Test
    void facetValuesNarrowTheQuery() {
        assertThat(SearchQueries.narrowed("lampedusa", "route", "LY>IT")).isEqualTo("lampedusa route:LY>IT");
        assertThat(SearchQueries.narrowed("", "platform", "telegram")).isEqualTo("platform:telegram");
        assertThat(SearchQueries.narrowed("boat", "month", "2026-12")).isEqualTo("boat after:2026-12-01 before:2027-01-01");
        assertThat(SearchQueries.narrowed("boat", "from", "Sfax region")).isEqualTo("boat from:\"Sfax region\"");
    }
}
