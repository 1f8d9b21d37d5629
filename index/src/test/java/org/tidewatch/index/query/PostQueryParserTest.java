package org.tidewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.analysis.LanguageAnalyzers;

class PostQueryParserTest {
    private final PostQueryParser parser = new PostQueryParser(new LanguageAnalyzers(), IndexSettings.defaults());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "boat AND (lang:ar|9|position 9: '(' is never closed",
        "boat)|4|position 4: ')' without a matching '('",
        "\"boat trip|0|position 0: quote \" is never closed",
        "colour:red|0|position 0: unknown field 'colour:' (known: after, author, before, category, from, group, handle, id, lang, offer, phone, platform, price, reason, region, route, source, to)",
        "lang: ar|5|position 5: lang: needs a value right after the colon",
        "boat AND|5|position 5: AND has nothing after it",
        "OR boat|0|position 0: OR needs a term before it",
        "boat OR OR ship|5|position 5: OR has nothing after it",
        "()|0|position 0: empty parentheses",
        "NOT|0|position 0: NOT has nothing after it",
        "phone:12ab|6|position 6: phone: '12ab' is not a phone number (write it with + and the country code, or add region:XX)",
        "phone:0912345678|6|position 6: phone: '0912345678' is not a phone number (write it with + and the country code, or add region:XX)",
        "region:XX phone:0912345678|7|position 7: region: expects a two-letter country code such as LY, got 'XX'",
        "after:2026-13-01|6|position 6: after: expects a date YYYY-MM-DD, got '2026-13-01'",
        "before:yesterday|7|position 7: before: expects a date YYYY-MM-DD, got 'yesterday'",
        "price:1000|6|position 6: price: expects a EUR range such as [1000 TO 5000], got '1000'",
        "price:[5000 TO 1000]|6|position 6: price: range is empty, 5000 is above 1000",
        "price:[cheap TO 1000]|6|position 6: price: 'cheap' is not a number",
        "price:[1000 TO 5000|6|position 6: range [ is never closed with ]",
        "category:boat|9|position 9: category: must be one of air_crossing, documents, land_crossing, sea_crossing, got 'boat'",
        "offer:maybe|6|position 6: offer: must be true, false or any, got 'maybe'",
        "route:LY|6|position 6: route: expects FROM>TO such as LY>IT or Zuwara>Lampedusa, got 'LY'",
        "route:*>*|6|position 6: route: needs at least one end, got '*>*'",
    })
    void syntaxErrorsNameThePositionAndTheProblemOnOneLine(String query, int position, String message) {
        assertThatThrownBy(() -> parser.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(position));
        assertThat(message).doesNotContain("\n");
    }

    @Test
    void afterAndBeforeOfOneConjunctionAreOneTimeRange() {
        String q = parser.parse("boat after:2025-06-01 before:2025-07-01").toString();

        // 2025-06-01T00:00Z up to the last millisecond of 2025-06-30
        assertThat(q).contains("time:[1748736000000 TO 1751327999999]").doesNotContain("9223372036854775807");
        assertThat(q.split("indexQuery=", -1)).as("one range query").hasSize(2);
    }

    @Test
    void afterLaterThanBeforeMatchesNothing() {
        assertThat(parser.parse("after:2026-02-01 before:2026-01-01 boat").toString())
                .contains("MatchNoDocsQuery").doesNotContain("time:");
    }

    @Test
    void negatedOrAlternativeDatesStaySeparateRanges() {
        String negated = parser.parse("boat after:2025-06-01 NOT before:2025-06-15").toString();
        String either = parser.parse("after:2026-01-01 OR before:2025-01-01").toString();

        assertThat(negated).contains("-ConstantScore").contains("time:[1748736000000 TO 9223372036854775807]")
                .contains("time:[-9223372036854775808 TO 1749945599999]");
        assertThat(either).contains("time:[1767225600000 TO 9223372036854775807]")
                .contains("time:[-9223372036854775808 TO 1735689599999]");
    }

    private Query parseAny(String query) {
        return parser.parse(query, OfferFilter.ANY);
    }

    /** The optional clauses of a parsed disjunction, failing on any other clause. */
    private List<Query> alternatives(Query q) {
        assertThat(q).isInstanceOf(BooleanQuery.class);
        assertThat(((BooleanQuery) q).clauses()).allMatch(c -> c.occur() == Occur.SHOULD);
        return ((BooleanQuery) q).clauses().stream().map(BooleanClause::query).toList();
    }

    private static List<Query> concat(List<Query> a, List<Query> b) {
        List<Query> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void wordsJoinedByOrParseToOneFlatDisjunctionOfTheirAlternatives() {
        List<Query> boat = alternatives(parseAny("boat"));
        List<Query> captain = alternatives(parseAny("captain"));

        assertThat(alternatives(parseAny("boat OR captain"))).containsExactlyElementsOf(concat(boat, captain))
                .noneMatch(q -> q instanceof BooleanQuery);
        assertThat(parseAny("boat OR (captain OR \"safe trip\")"))
                .isEqualTo(parseAny("boat OR captain OR \"safe trip\""));
    }

    @Test
    void aConjunctionUnderOrStaysOneAlternative() {
        Query conjunction = parseAny("captain AND trip");

        assertThat(alternatives(parseAny("boat OR (captain AND trip)")))
                .containsExactlyElementsOf(concat(alternatives(parseAny("boat")), List.of(conjunction)));
        assertThat(((BooleanQuery) conjunction).clauses()).extracting(BooleanClause::occur)
                .containsExactly(Occur.MUST, Occur.MUST);
    }

    @Test
    void negationsKeepTheirMeaningUnderAndAroundOr() {
        Query notCaptain = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(parseAny("captain"), Occur.MUST_NOT).build();
        Query neitherWord = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(parseAny("boat OR captain"), Occur.MUST_NOT).build();

        assertThat(alternatives(parseAny("boat OR -captain")))
                .containsExactlyElementsOf(concat(alternatives(parseAny("boat")), List.of(notCaptain)));
        assertThat(parseAny("NOT (boat OR captain)")).isEqualTo(neitherWord);
    }

    @Test
    void emptyQueryMatchesEverything() {
        assertThat(parser.parse("  ")).isEqualTo(new MatchAllDocsQuery());
    }

    @Test
    void defaultOfferFilterAppliesOnlyWhenTheQuerySaysNothingAboutOffers() {
        Query filtered = parser.parse("boat", OfferFilter.TRUE);
        assertThat(filtered.toString()).contains("#is_offer:true").contains("text:boat");
        assertThat(parser.parse("boat offer:any", OfferFilter.TRUE).toString()).doesNotContain("is_offer");
        assertThat(parser.parse("boat", OfferFilter.ANY).toString()).doesNotContain("is_offer");
    }

    @Test
    void aUrlTypedAsTextIsNotAField() {
        assertThat(parser.parse("https://example.org/x").toString()).contains("text:");
    }

    @Test
    void samePhoneInEveryFormGivesTheSameQuery() {
        Query expected = parser.parse("phone:+218912345678");
        assertThat(parser.parse("phone:\"+218 91 234 5678\"")).isEqualTo(expected);
        assertThat(parser.parse("phone:00218912345678")).isEqualTo(expected);
        assertThat(parser.parse("phone:091-2345678 region:LY")).isEqualTo(expected);
        assertThat(expected.toString()).isEqualTo("ConstantScore(phone:+218912345678)");
    }
}
