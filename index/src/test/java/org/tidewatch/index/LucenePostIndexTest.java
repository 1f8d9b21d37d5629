package org.tidewatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.SearchRequest.SortOrder;

class LucenePostIndexTest {
    @TempDir
    static Path dir;
    static LucenePostIndex index;

    @BeforeAll
    static void build() {
        index = LucenePostIndex.open(dir.resolve("index"), IndexSettings.defaults());
        UpsertResult r = index.upsertAll(Fixtures.posts());
        assertThat(r.failures()).isEmpty();
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static Set<String> ids(String query) {
        SearchResult r = index.search(new SearchRequest(query, 100));
        Set<String> ids = new HashSet<>();
        r.hits().forEach(h -> ids.add(h.post().post().id()));
        assertThat(r.total()).isEqualTo(ids.size());
        assertThat(r.totalExact()).as("small result sets have exact totals").isTrue();
        assertThat(r.facetsApproximate()).as("and exact facets").isFalse();
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "phone:+218912345678|telegram:sea_ly/101,facebook:page_77/555,facebook:page_12/900",
        "handle:@passeur_tn|telegram:tn_chan/7",
        "handle:SAFAR_RAH|telegram:fa_chan/4",
        "author:docs_fast|classifieds:ad/4410",
        "author:\"Safe Trips\"|facebook:page_12/900",
        "platform:rss|rss:news/88",
        "lang:tr|telegram:tr_chan/31",
        "from:LY|telegram:sea_ly/101,facebook:page_77/555,facebook:page_12/900",
        "from:Libya|telegram:sea_ly/101,facebook:page_77/555,facebook:page_12/900",
        "from:zuwara|telegram:sea_ly/101,facebook:page_77/555",
        "to:Greece|telegram:tr_chan/31",
        "to:lesbos|telegram:tr_chan/31",
        "route:TN>IT|telegram:tn_chan/7",
        "route:Morocco>Spain|facebook:page_3/21",
        "route:Izmir>Lesbos|telegram:tr_chan/31",
        "route:*>HU|telegram:balkan/9",
        "category:documents|classifieds:ad/4410",
        "category:land_crossing|telegram:fa_chan/4,telegram:balkan/9,telegram:kurd/5",
        "offer:false|rss:news/88,mastodon:weather/2",
        "price:[1000 TO 1500]|telegram:tr_chan/31,telegram:balkan/9,telegram:tn_chan/7",
        "price:[* TO 900]|classifieds:ad/4410",
        "after:2026-03-05 offer:true|facebook:page_77/555,telegram:tr_chan/31",
        "before:2026-01-06|classifieds:ad/4410,facebook:page_3/21",
        "after:2026-02-10 before:2026-02-26|facebook:page_12/900,telegram:balkan/9,telegram:kurd/5",
        "before:2026-03-04 (lang:ar OR after:2026-03-02) after:2026-02-26|telegram:sea_ly/101,rss:news/88",
        "reason:offer.fixture lang:ar|telegram:sea_ly/101,facebook:page_77/555",
        "id:rss:news/88|rss:news/88",
        "source:fixture platform:classifieds|classifieds:ad/4410",
    })
    void eachFieldFindsExactlyItsPosts(String query, String expected) {
        assertThat(ids(query)).containsExactlyInAnyOrder(expected.split(","));
    }

    @Test
    void tndPriceIsComparedInEuro() {
        // 4000 TND at the default 0.30 EUR/TND is 1200 EUR: inside [1000 TO 1500], outside [3000 TO 5000]
        assertThat(ids("price:[1100 TO 1300]")).containsExactly("telegram:tn_chan/7");
        assertThat(ids("price:[3000 TO 5000] lang:fr")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "phone:+218912345678",
        "phone:\"+218 91 234 5678\"",
        "phone:+218 91 234 5678",
        "phone:00218912345678",
        "phone:0912345678 region:LY",
        "region:ly phone:091-234-5678",
        "+218912345678",
    })
    void aPhoneWrittenAnyWayFindsTheSameNumber(String query) {
        assertThat(ids(query)).containsExactlyInAnyOrder("telegram:sea_ly/101", "facebook:page_77/555", "facebook:page_12/900");
    }

    @Test
    void nationalPhoneUsesTheConfiguredDefaultRegion(@TempDir Path other) {
        try (LucenePostIndex tn = LucenePostIndex.open(other, IndexSettings.defaults().withDefaultRegion("TN"))) {
            tn.upsert(Fixtures.posts());
            tn.refresh();
            assertThat(tn.search(new SearchRequest("phone:20123456", 10)).hits())
                    .extracting(h -> h.post().post().id()).containsExactly("telegram:tn_chan/7");
        }
    }

    @Test
    void booleanOperatorsAndParenthesesCombine() {
        assertThat(ids("lang:ar OR lang:tr")).hasSize(3);
        assertThat(ids("(lang:ar OR lang:tr) AND NOT platform:facebook"))
                .containsExactlyInAnyOrder("telegram:sea_ly/101", "telegram:tr_chan/31");
        assertThat(ids("lang:ar -platform:telegram")).containsExactly("facebook:page_77/555");
        assertThat(ids("NOT offer:true")).containsExactlyInAnyOrder("rss:news/88", "mastodon:weather/2");
    }

    @Test
    void freeTextFindsStemmedAndFoldedForms() {
        assertThat(ids("\"boat trips\"")).containsExactly("facebook:page_12/900");
        assertThat(ids("traversee")).contains("telegram:tn_chan/7"); // accent folded
        assertThat(ids("bateau")).contains("telegram:tn_chan/7");          // French stemming: bateaux
        assertThat(ids("departure")).contains("facebook:page_12/900");    // English stemming: departures
        assertThat(ids("lampedusa")).startsWith("rss:news/88"); // the text match ranks first
    }

    @Test
    void aPlaceNamedInEnglishFindsPostsWhoseRouteEndsThereInAnyScript() {
        // Neither post says "Lampedusa" in Latin letters; their extracted routes end there.
        assertThat(ids("lampedusa")).contains("facebook:page_77/555", "telegram:sea_ly/101");
    }

    @Test
    void queriesInEnglishOrInThePostsLanguageFindBoth() {
        // "boat" (glossary) finds the Arabic, French, Turkish, Spanish and Italian posts as well as the English one
        assertThat(ids("boat")).contains("facebook:page_12/900", "telegram:sea_ly/101", "telegram:tn_chan/7",
                "telegram:tr_chan/31", "facebook:page_3/21", "rss:news/88");
        // and the Arabic word finds the English post
        assertThat(ids("قارب")).contains("telegram:sea_ly/101", "facebook:page_12/900");
        assertThat(ids("passport")).containsExactly("classifieds:ad/4410");
        // "crossing" in French finds the Turkish and Spanish crossings too
        assertThat(ids("traversée")).contains("telegram:tn_chan/7", "telegram:tr_chan/31", "facebook:page_3/21");
        assertThat(ids("pasaport")).containsExactly("classifieds:ad/4410");
        // Arabic letter variants fold: alef with hamza below written plain
        assertThat(ids("الى")).contains("telegram:sea_ly/101");
    }

    @Test
    void snippetsAreEscapedHtmlWithMarksInTheOriginalScript() {
        SearchHit hit = index.search(new SearchRequest("whatsapp", 5)).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>WhatsApp</mark>").contains("&lt;b&gt;now&lt;&#x2F;b&gt;")
                .doesNotContain("<b>");
        SearchHit arabic = index.search(new SearchRequest("لامبيدوزا lang:ar", 5)).hits().get(0);
        assertThat(arabic.snippet()).contains("<mark>لامبيدوزا</mark>");
        SearchHit stemmed = index.search(new SearchRequest("bateau", 5)).hits().stream()
                .filter(h -> h.post().enrichment().lang().equals("fr")).findFirst().orElseThrow();
        assertThat(stemmed.snippet()).contains("<mark>bateaux</mark>");
    }

    @Test
    void facetsCountEveryMatchingPost() {
        SearchResult r = index.search(new SearchRequest("offer:true", 1));
        assertThat(r.total()).isEqualTo(10);
        Map<String, Map<String, Long>> f = r.facets();
        assertThat(f.get("platform")).containsExactlyInAnyOrderEntriesOf(Map.of("telegram", 6L, "facebook", 3L, "classifieds", 1L));
        assertThat(f.get("route")).containsEntry("LY>IT", 3L).containsEntry("TN>IT", 1L).containsEntry("IQ>?", 1L);
        assertThat(f.get("from")).containsEntry("LY", 3L);
        assertThat(f.get("to")).containsEntry("IT", 4L).containsEntry("TR", 1L);
        assertThat(f.get("category")).containsExactlyInAnyOrderEntriesOf(
                Map.of("sea_crossing", 6L, "land_crossing", 3L, "documents", 1L));
        assertThat(f.get("month")).containsEntry("2026-03", 3L).containsEntry("2025-12", 1L);
        assertThat(f.get("lang")).containsEntry("ar", 2L);
    }

    @Test
    void newestFirstOrdersByPublishedTime() {
        List<SearchHit> hits = index.search(new SearchRequest("offer:any", 3).withOrder(SortOrder.NEWEST)).hits();
        assertThat(hits).extracting(h -> h.post().post().id())
                .containsExactly("telegram:tr_chan/31", "mastodon:weather/2", "facebook:page_77/555");
        assertThat(hits.get(0).relevance()).isNaN();
    }

    @Test
    void storedPostRoundTripsExactly() {
        EnrichedPost original = Fixtures.posts().stream().filter(p -> p.post().id().equals("telegram:tr_chan/31")).findFirst().orElseThrow();
        EnrichedPost stored = index.search(new SearchRequest("id:telegram:tr_chan/31", 1)).hits().get(0).post();
        assertThat(stored).isEqualTo(original);
        assertThat(stored.enrichment().prices().get(0).amount()).isEqualByComparingTo("1500.50");
    }

    @Test
    void nearDuplicatesShareAGroupAndCollapse() {
        SearchResult all = index.search(new SearchRequest("from:zuwara", 10));
        assertThat(all.hits()).hasSize(2).allSatisfy(h -> {
            assertThat(h.duplicateGroup()).isEqualTo("telegram:sea_ly/101");
            assertThat(h.groupSize()).isEqualTo(2);
        });
        // each alone on its page: the post that started the group and the one that joined it
        assertThat(index.search(new SearchRequest("id:telegram:sea_ly/101", 10)).hits())
                .singleElement().satisfies(h -> assertThat(h.groupSize()).isEqualTo(2));
        assertThat(index.search(new SearchRequest("from:zuwara NOT id:telegram:sea_ly/101", 10)).hits())
                .singleElement().satisfies(h -> assertThat(h.groupSize()).isEqualTo(2));
        SearchResult collapsed = index.search(new SearchRequest("phone:+218912345678", 10).collapsed());
        assertThat(collapsed.total()).isEqualTo(2);
        assertThat(collapsed.hits()).extracting(SearchHit::duplicateGroup)
                .containsExactlyInAnyOrder("telegram:sea_ly/101", "facebook:page_12/900");
        assertThat(index.search(new SearchRequest("lang:en", 10)).hits()).allSatisfy(h -> assertThat(h.groupSize()).isEqualTo(1));
    }

    @Test
    void syntaxErrorSaysWhereAndWhy() {
        assertThatThrownBy(() -> index.search(new SearchRequest("boat AND (lang:ar", 10)))
                .isInstanceOf(QuerySyntaxException.class).hasMessage("position 9: '(' is never closed")
                .extracting(e -> ((QuerySyntaxException) e).position()).isEqualTo(9);
    }

    @Test
    void unknownCursorIsRejected() {
        assertThatThrownBy(() -> index.search(new SearchRequest("boat", 10).after("!!notacursor")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cursor is not valid");
    }

    @Test
    void updatingAPostByIdNeverLeavesTwoCopies(@TempDir Path other) {
        try (LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults())) {
            Instant t = Instant.parse("2026-03-01T00:00:00Z");
            idx.upsert(List.of(Fixtures.simple("t:1", "first version of the advert text here", t, true)));
            idx.upsert(List.of(Fixtures.simple("t:1", "second version completely rewritten now", t, true)));
            idx.refresh();
            assertThat(idx.count()).isEqualTo(1);
            assertThat(idx.search(new SearchRequest("first", 10)).total()).isZero();
            assertThat(idx.search(new SearchRequest("rewritten", 10)).total()).isEqualTo(1);
        }
    }

    @Test
    void anIdRepeatedInOneBatchOrUpsertedAgainAfterReopeningKeepsOneCopy(@TempDir Path other) {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        try (LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults())) {
            UpsertResult r = idx.upsertAll(List.of(Fixtures.simple("r:1", "first text of the repeated advert", t, true),
                    Fixtures.simple("r:2", "another advert about a crossing tonight", t, true),
                    Fixtures.simple("r:1", "second text of the repeated advert", t, true)));
            assertThat(r.failures()).isEmpty();
            idx.refresh();
            assertThat(idx.count()).isEqualTo(2);
            assertThat(idx.search(new SearchRequest("first", 10)).total()).isZero();
            assertThat(idx.search(new SearchRequest("second", 10)).total()).isEqualTo(1);
        }
        try (LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults())) {
            idx.upsert(List.of(Fixtures.simple("r:2", "rewritten advert about a crossing at dawn", t, true)));
            idx.refresh();
            assertThat(idx.count()).isEqualTo(2);
            assertThat(idx.search(new SearchRequest("tonight", 10)).total()).isZero();
            assertThat(idx.search(new SearchRequest("dawn", 10)).total()).isEqualTo(1);
        }
    }

    @Test
    void deepPagingVisitsEveryPostOnceInOrder(@TempDir Path other) {
        try (LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults())) {
            List<EnrichedPost> posts = new ArrayList<>();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 345; i++) {
                // every tenth post has the same time as the one before: the id breaks the tie
                posts.add(Fixtures.simple("p:" + i, "boat number " + i + " word" + (i % 7), t.plusSeconds(i - i % 10 / 9), true));
            }
            idx.upsert(posts);
            idx.refresh();
            for (SortOrder order : SortOrder.values()) {
                List<String> seen = new ArrayList<>();
                SearchRequest req = new SearchRequest("boat", 25, order, null, false, false);
                SearchResult page;
                do {
                    page = idx.search(req);
                    assertThat(page.total()).isEqualTo(345);
                    page.hits().forEach(h -> seen.add(h.post().post().id()));
                    req = req.after(page.nextCursor());
                } while (page.nextCursor() != null);
                assertThat(seen).as(order.name()).hasSize(345).doesNotHaveDuplicates();
            }
            List<String> groups = new ArrayList<>();
            SearchRequest req = new SearchRequest("boat", 10, SortOrder.NEWEST, null, true, false);
            SearchResult page = idx.search(req);
            long totalGroups = page.total();
            while (true) {
                page.hits().forEach(h -> groups.add(h.duplicateGroup()));
                if (page.nextCursor() == null) {
                    break;
                }
                page = idx.search(req.after(page.nextCursor()));
            }
            assertThat(groups).as("collapsed pages").hasSize((int) totalGroups).doesNotHaveDuplicates();
            assertThat(totalGroups).isBetween(1L, 345L);
        }
    }

    @Test
    void deepRelevancePagesOfTwoWordsVisitEveryMatchOnceByFallingScore(@TempDir Path other) {
        try (LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults())) {
            List<EnrichedPost> posts = new ArrayList<>();
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < 400; i++) {
                // many equal scores (same shape every 5 posts), words repeated, posts of different lengths, and posts
                // holding only one of the words or only a word of the same concept
                String text = switch (i % 5) {
                    case 0 -> "boat crossing tonight";
                    case 1 -> "boat boat crossing, call now " + "filler ".repeat(i % 13);
                    case 2 -> "crossing by sea, places left " + "filler ".repeat(i % 7);
                    case 3 -> "barca e traversata " + "filler ".repeat(i % 3);
                    default -> "a boat and a crossing and another boat " + "word ".repeat(i % 11);
                };
                posts.add(Fixtures.simple("q:" + i, text, t.plusSeconds(i), true));
            }
            idx.upsert(posts);
            idx.refresh();
            Set<String> all = new HashSet<>();
            SearchRequest newest = new SearchRequest("boat crossing", 1000, SortOrder.NEWEST, null, false, false);
            idx.search(newest).hits().forEach(h -> all.add(h.post().post().id()));
            assertThat(all).hasSizeGreaterThan(200);

            List<String> seen = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            SearchRequest req = new SearchRequest("boat crossing", 7, SortOrder.RELEVANCE, null, false, false);
            SearchResult page;
            do {
                page = idx.search(req);
                page.hits().forEach(h -> {
                    seen.add(h.post().post().id());
                    scores.add((float) h.relevance());
                });
                req = req.after(page.nextCursor());
            } while (page.nextCursor() != null);
            assertThat(seen).doesNotHaveDuplicates();
            assertThat(new HashSet<>(seen)).isEqualTo(all);
            for (int k = 1; k < scores.size(); k++) {
                assertThat(scores.get(k)).as("rank " + k).isLessThanOrEqualTo(scores.get(k - 1));
            }
        }
    }

    @Test
    void newPostsBecomeSearchableWithoutAnExplicitRefresh(@TempDir Path other) throws InterruptedException {
        try (LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults())) {
            idx.upsert(List.of(Fixtures.simple("n:1", "fresh advert", Instant.parse("2026-01-01T00:00:00Z"), true)));
            long deadline = System.nanoTime() + 10_000_000_000L; // generous bound for a loaded machine
            while (idx.count() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(idx.count()).isEqualTo(1);
        }
    }

    @Test
    void crashLosesOnlyWhatWasNotCommittedAndRestartKeepsTheRest(@TempDir Path other) throws Exception {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        LucenePostIndex idx = LucenePostIndex.open(other, IndexSettings.defaults());
        idx.upsert(List.of(Fixtures.simple("c:1", "committed advert one", t, true),
                Fixtures.simple("c:2", "committed advert two", t, true)));
        idx.commit();
        idx.upsert(List.of(Fixtures.simple("c:3", "uncommitted advert three", t.plusSeconds(5), true)));
        idx.crash();
        try (LucenePostIndex reopened = LucenePostIndex.open(other, IndexSettings.defaults())) {
            assertThat(reopened.count()).isEqualTo(2);
            assertThat(reopened.committedThrough()).contains(t.plusSeconds(60));
            assertThat(reopened.search(new SearchRequest("committed", 10)).total()).isEqualTo(2);
            // replaying the lost post and an already indexed one leaves one copy of each
            reopened.upsert(List.of(Fixtures.simple("c:3", "uncommitted advert three", t.plusSeconds(5), true),
                    Fixtures.simple("c:1", "committed advert one", t, true)));
            reopened.refresh();
            assertThat(reopened.count()).isEqualTo(3);
        }
        try (LucenePostIndex again = LucenePostIndex.open(other, IndexSettings.defaults())) {
            assertThat(again.count()).as("close commits").isEqualTo(3);
        }
    }

    @Test
    void defaultOfferFilterCanExcludeNonOffers(@TempDir Path other) {
        try (LucenePostIndex idx = LucenePostIndex.open(other,
                IndexSettings.defaults().withDefaultOffer(org.tidewatch.index.query.OfferFilter.TRUE))) {
            idx.upsert(Fixtures.posts());
            idx.refresh();
            assertThat(idx.search(new SearchRequest("lampedusa", 10)).hits())
                    .allSatisfy(h -> assertThat(h.post().enrichment().isOffer()).isTrue());
            assertThat(idx.search(new SearchRequest("lampedusa offer:any", 10)).total())
                    .isEqualTo(idx.search(new SearchRequest("lampedusa", 10)).total() + 1);
            assertThat(idx.search(new SearchRequest("", 100)).total()).isEqualTo(10);
        }
    }
}
