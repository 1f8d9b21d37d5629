package org.tidewatch.index.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;
import org.tidewatch.index.Fixtures;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.analysis.LanguageAnalyzers;

class KeywordFieldTest {
    private final PostDocuments documents = new PostDocuments(new LanguageAnalyzers(), IndexSettings.defaults());

    private static List<String> values(Document doc, String field) {
        return java.util.Arrays.stream(doc.getFields(field)).filter(f -> f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE)
                .map(f -> f.stringValue() != null ? f.stringValue() : f.binaryValue().utf8ToString()).toList();
    }

    @Test
    void filterOnlyValuesAreIndexedAsNameEqualsValueTermsOfOneField() {
        var post = Fixtures.posts().stream().filter(p -> p.post().id().equals("telegram:sea_ly/101")).findFirst().orElseThrow();
        Document doc = documents.build(post, null, "g1");
        List<String> kw = values(doc, Fields.KEYWORDS);
        assertThat(kw).contains("platform=telegram", "source=fixture", "lang=ar", "route=LY>IT", "from_country=LY",
                "to_country=IT", "reason=offer.fixture");
        assertThat(kw).allSatisfy(t -> assertThat(t).matches("[a-z_]+=.+"));
        for (String folded : List.of(Fields.PLATFORM, Fields.SOURCE, Fields.LANG, Fields.ROUTE, Fields.URL, Fields.REASON)) {
            assertThat(doc.getFields(folded)).as(folded).isEmpty();
        }
        // ids, people and numbers an investigator pivots on keep fields of their own
        assertThat(values(doc, Fields.ID)).containsExactly("telegram:sea_ly/101");
        assertThat(values(doc, Fields.PHONE)).containsExactly("+218912345678");
        assertThat(values(doc, Fields.DUP_GROUP)).containsExactly("g1");
    }

    @Test
    void recurringValuesAreEncodedOnceAndEveryPostStillGetsItsOwnValues() {
        var posts = Fixtures.posts();
        Document first = documents.build(posts.get(0), null, "g1");
        Document again = documents.build(posts.get(0), null, "g1");
        var platform = java.util.Arrays.stream(first.getFields(Fields.KEYWORDS))
                .filter(f -> f.binaryValue() != null && f.binaryValue().utf8ToString().startsWith("platform=")).findFirst().orElseThrow();
        var platformAgain = java.util.Arrays.stream(again.getFields(Fields.KEYWORDS))
                .filter(f -> f.binaryValue() != null && f.binaryValue().utf8ToString().startsWith("platform=")).findFirst().orElseThrow();
        assertThat(platformAgain.binaryValue()).isSameAs(platform.binaryValue());
        for (var post : posts) {
            Document doc = documents.build(post, null, "g");
            assertThat(values(doc, Fields.KEYWORDS)).contains("platform=" + post.post().platform().toLowerCase(java.util.Locale.ROOT),
                    "lang=" + post.enrichment().lang().toLowerCase(java.util.Locale.ROOT));
            assertThat(java.util.Arrays.stream(doc.getFields(Fields.FACETS_FIELD)).map(f -> f.binaryValue().utf8ToString()))
                    .contains("platform" + Fields.FACET_SEP + post.post().platform().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void aNameWithMoreValuesThanTheTableHoldsStartsItAfreshAndKeepsEncodingRight() {
        ValueBytes bytes = new ValueBytes(Fields::keywordText);
        for (int i = 0; i < ValueBytes.CAPACITY * 2 + 3; i++) {
            assertThat(bytes.of(Fields.TO_PLACE, "place" + i).utf8ToString()).isEqualTo("to_place=place" + i);
        }
        assertThat(bytes.of(Fields.IS_OFFER, "true").utf8ToString()).isEqualTo("true");
    }

    @Test
    void routesSharingCountriesGiveEachRouteCountryAndFacetOnceAndEveryPlace() {
        var simple = Fixtures.simple("t:routes", "boats from zuwara and sabratha to lampedusa, then sfax",
                java.time.Instant.parse("2026-03-01T00:00:00Z"), true);
        var e = simple.enrichment();
        var routes = List.of(new org.tidewatch.core.Route("Zuwara", "LY", "Lampedusa", "IT"),
                new org.tidewatch.core.Route("Sabratha", "LY", "Lampedusa", "IT"),
                new org.tidewatch.core.Route("Sfax", "TN", "Lampedusa", "IT"));
        var post = new org.tidewatch.core.EnrichedPost(simple.post(), new org.tidewatch.core.Enrichment(e.lang(),
                e.isOffer(), e.score(), e.category(), e.reasons(), e.prices(), routes, e.phones(), e.handles()));
        Document doc = documents.build(post, null, "g");
        List<String> kw = values(doc, Fields.KEYWORDS);
        assertThat(kw.stream().filter(t -> t.startsWith("route=") || t.contains("_country=") || t.contains("_place=")))
                .containsExactlyInAnyOrder("route=LY>IT", "route=TN>IT", "from_country=LY", "from_country=TN",
                        "to_country=IT", "route_place=zuwara>lampedusa", "route_place=sabratha>lampedusa",
                        "route_place=sfax>lampedusa", "from_place=zuwara", "from_place=sabratha", "from_place=sfax",
                        "to_place=lampedusa", "to_place=lampedusa", "to_place=lampedusa");
        assertThat(java.util.Arrays.stream(doc.getFields(Fields.FACETS_FIELD)).map(f -> f.binaryValue().utf8ToString())
                .filter(f -> !f.startsWith("platform") && !f.startsWith("lang") && !f.startsWith("month")
                        && !f.startsWith("category")))
                .containsExactlyInAnyOrder("route" + Fields.FACET_SEP + "LY>IT", "route" + Fields.FACET_SEP + "TN>IT",
                        "from" + Fields.FACET_SEP + "LY", "from" + Fields.FACET_SEP + "TN", "to" + Fields.FACET_SEP + "IT");
    }

    @Test
    void urlEvidenceCurrencyAndOfferScoreAreStoredButNotIndexed() {
        var post = Fixtures.posts().stream().filter(p -> p.post().id().equals("telegram:sea_ly/101")).findFirst().orElseThrow();
        assertThat(post.enrichment().prices()).isNotEmpty();
        Document doc = documents.build(post, null, "g1");
        assertThat(values(doc, Fields.KEYWORDS)).noneMatch(t -> t.startsWith("url=") || t.startsWith("evidence=")
                || t.startsWith("currency="));
        assertThat(doc.getFields().stream().map(IndexableField::name))
                .doesNotContain(Fields.URL, Fields.EVIDENCE, Fields.CURRENCY, "offer_score");
        var json = doc.getBinaryValue(Fields.JSON);
        var stored = PostJson.read(json.bytes, json.offset, json.length);
        assertThat(stored.post().url()).isEqualTo("https://example.org/telegram/sea_ly/101");
        assertThat(stored.post().evidence().sha256()).isEqualTo("ab".repeat(32));
        assertThat(stored.enrichment().prices()).isEqualTo(post.enrichment().prices());
        assertThat(stored.enrichment().score()).isEqualTo(post.enrichment().score());
    }

    @Test
    void termOfAValueIsInTheKeywordFieldExactlyForTheFoldedNames() {
        assertThat(Fields.term(Fields.PLATFORM, "telegram")).isEqualTo(new Term("kw", "platform=telegram"));
        assertThat(Fields.term(Fields.URL, "https://x.org/?a=b")).isEqualTo(new Term("kw", "url=https://x.org/?a=b"));
        assertThat(Fields.term(Fields.TO_PLACE, "lampedusa")).isEqualTo(new Term("kw", "to_place=lampedusa"));
        assertThat(Fields.term(Fields.ID, "telegram:1")).isEqualTo(new Term("id", "telegram:1"));
        assertThat(Fields.term(Fields.PHONE, "+218912345678")).isEqualTo(new Term("phone", "+218912345678"));
        assertThat(Fields.term(Fields.IS_OFFER, "true")).isEqualTo(new Term("is_offer", "true"));
    }
}
