package org.tidewatch.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.LucenePostIndex;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchResult;

class OneTextFieldTest {
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    /** term@position for every token the analyzer of a language gives a text. */
    private List<String> tokens(String lang, String text) throws IOException {
        List<String> out = new ArrayList<>();
        Analyzer a = analyzers.forPost(lang);
        try (TokenStream ts = a.tokenStream(LanguageAnalyzers.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                out.add(term + "@" + pos);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void eachWordIsIndexedFoldedWithItsStemAndGlossaryConceptAtTheSamePosition() throws IOException {
        assertThat(tokens("fr", "Départs en BATEAUX")).containsExactly(
                "departs@0", "depart@0", "≡departure@0", "en@1", "bateaux@2", "≡boat@2", "bateau@2");
        assertThat(tokens("en", "boats")).containsExactly("boats@0", "≡boat@0", "boat@0");
        // a stem equal to its word is not repeated
        assertThat(tokens("en", "cars")).containsExactly("cars@0", "car@0");
        assertThat(tokens("en", "car")).containsExactly("car@0");
        // Arabic: the light stemmer removes the article; the stem is a glossary word
        assertThat(tokens("ar", "القارب")).containsExactly("القارب@0", "قارب@0", "≡boat@0");
        // languages without a chain of their own are folded only
        assertThat(tokens("sq", "Varka")).containsExactly("varka@0");
    }

    private static EnrichedPost post(String id, String lang, String text) {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        Post p = new Post(id, "test", "telegram", null, "a_" + id, null, t, t.plusSeconds(60), text, Map.of(), null);
        return new EnrichedPost(p, new Enrichment(lang, true, 0.9, "sea_crossing", List.of(), List.of(), List.of(),
                List.of(), List.of()));
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.post().post().id()).sorted().toList();
    }

    @Test
    void stemsFindInflectionsInAnyLanguageButRankBelowTheWordItself(@TempDir Path dir) {
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            index.upsertAll(List.of(post("en1", "en", "two boats leave tonight"), post("pt1", "pt", "boa viagem a todos"),
                    post("fr1", "fr", "les bateaux partent"), post("en2", "en", "cars leave at noon")));
            index.refresh();
            SearchResult boat = index.search(new SearchRequest("boat", 10));
            // Portuguese's light stemmer turns "boat" into "boa", which is a Portuguese word: the known price of one
            // stemmed field (documented in LanguageAnalyzers); the post with the word itself comes first
            assertThat(ids(boat)).containsExactly("en1", "fr1", "pt1");
            assertThat(boat.hits().get(0).post().post().id()).isEqualTo("en1");
            // the French stem finds "bateaux", the glossary the English boats
            assertThat(ids(index.search(new SearchRequest("bateau", 10)))).containsExactly("en1", "fr1");
            // a phrase matches through the stem of "boats"
            assertThat(ids(index.search(new SearchRequest("\"boat leave\"", 10)))).containsExactly("en1");
            assertThat(ids(index.search(new SearchRequest("leaving", 10)))).containsExactly("en1", "en2");
        }
    }

    @Test
    void broadQueriesEstimateTheirTotalAndStillPageInOrder(@TempDir Path dir) {
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            List<EnrichedPost> posts = new ArrayList<>();
            for (int k = 0; k < 12_000; k++) {
                posts.add(post(String.format("p%05d", k), "en", k % 2 == 0 ? "boat number " + k : "car number " + k));
            }
            index.upsertAll(posts);
            index.refresh();
            SearchResult boats = index.search(new SearchRequest("boat", 20));
            assertThat(boats.totalExact()).isFalse();
            assertThat(boats.total()).isBetween(5_000L, 7_000L); // 6,000 posts say "boat"
            assertThat(boats.facetsApproximate()).isTrue();
            assertThat(boats.hits()).hasSize(20).allSatisfy(h -> assertThat(h.post().post().text()).startsWith("boat"));
            // a count the index keeps (all posts, one field value) stays exact however large
            SearchResult english = index.search(new SearchRequest("lang:en", 20));
            assertThat(english.totalExact()).isTrue();
            assertThat(english.total()).isEqualTo(12_000);
            SearchResult narrow = index.search(new SearchRequest("boat 4242", 20));
            assertThat(narrow.totalExact()).isTrue();
            assertThat(narrow.total()).isEqualTo(1);
        }
    }
}
