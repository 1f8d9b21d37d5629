package org.tidewatch.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Post;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchResult;
import org.tidewatch.nlp.extract.JsonlExtraction;

/** The JSON shape of search results, shared by {@code GET /api/search} and {@code tidewatch search --json}. */
public final class SearchJson {
    private final ObjectMapper json;

    public SearchJson(ObjectMapper json) {
        this.json = json;
    }

    /** {@code {"total","hits":[…],"facets":{…}}}. */
    public ObjectNode toJson(SearchResult result) {
        ObjectNode root = json.createObjectNode();
        root.put("total", result.total());
        root.put("total_exact", result.totalExact());
        root.put("facets_approximate", result.facetsApproximate());
        root.put("next_cursor", result.nextCursor());
        var hits = root.putArray("hits");
        for (SearchHit hit : result.hits()) {
            hits.add(hit(hit));
        }
        ObjectNode facets = root.putObject("facets");
        for (String name : new String[] {"platform", "lang", "route"}) {
            facets.putObject(name);
        }
        for (Map.Entry<String, Map<String, Long>> f : result.facets().entrySet()) {
            ObjectNode fn = facets.putObject(f.getKey());
            f.getValue().forEach(fn::put);
        }
        return root;
    }

    /** One hit with the post's fields and its enrichment. */
    public ObjectNode hit(SearchHit hit) {
        ObjectNode h = post(hit.post());
        h.put("snippet", hit.snippet());
        return h;
    }

    /** A post and its enrichment, flat, as in the search contract. */
    public ObjectNode post(EnrichedPost ep) {
        Post p = ep.post();
        ObjectNode h = json.createObjectNode();
        h.put("id", p.id());
        h.put("url", p.url());
        h.put("platform", p.platform());
        h.put("author", p.author());
        h.put("published_at", p.publishedAt() == null ? null : p.publishedAt().toString());
        h.put("text", p.text());
        JsonlExtraction.write(h, ep.enrichment());
        return h;
    }
}
