package org.tidewatch.index.pivot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.PostIndex;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchRequest.SortOrder;
import org.tidewatch.index.SearchResult;
import org.tidewatch.index.schema.PostDocuments;

/** Investigator pivots over a {@link PostIndex}: one post in full, or everything linked to a phone, handle or author. */
public final class PivotService {
    /** Most posts a pivot returns (the total says how many there are). */
    public static final int MAX_POSTS = 200;

    private final PostIndex index;

    public PivotService(PostIndex index) {
        this.index = index;
    }

    /** Everything known about a post, or empty when no post has that id. */
    public Optional<PostDetails> get(String id) {
        SearchResult r = index.search(new SearchRequest("id:" + quote(id) + " offer:any", 1).withoutHighlight());
        if (r.hits().isEmpty()) {
            return Optional.empty();
        }
        SearchHit hit = r.hits().get(0);
        SearchResult group = index.search(new SearchRequest("group:" + quote(hit.duplicateGroup()) + " offer:any", 101,
                SortOrder.NEWEST, null, false, false));
        List<String> others = group.hits().stream().map(h -> h.post().post().id()).filter(other -> !other.equals(id))
                .limit(100).toList();
        return Optional.of(new PostDetails(hit.post(), hit.duplicateGroup(), others, hit.groupSize()));
    }

    /**
     * Posts, first/last seen, platforms and routes linked to a value.
     *
     * @throws org.tidewatch.index.QuerySyntaxException when a phone value is not a phone number
     */
    public Pivot pivot(PivotKind kind, String value) {
        String q = kind.field() + ":" + quote(value) + " offer:any";
        SearchResult newest = index.search(new SearchRequest(q, MAX_POSTS, SortOrder.NEWEST, null, false, false));
        if (newest.total() == 0) {
            return new Pivot(kind, normalised(kind, value, List.of()), 0, List.of(), null, null, Map.of(), Map.of());
        }
        SearchResult oldest = index.search(new SearchRequest(q, 1, SortOrder.OLDEST, null, false, false));
        List<EnrichedPost> posts = newest.hits().stream().map(SearchHit::post).toList();
        return new Pivot(kind, normalised(kind, value, posts), newest.total(), posts,
                PostDocuments.time(oldest.hits().get(0).post().post()), PostDocuments.time(posts.get(0).post()),
                newest.facets().getOrDefault("platform", Map.of()), newest.facets().getOrDefault("route", Map.of()));
    }

    private static String normalised(PivotKind kind, String value, List<EnrichedPost> posts) {
        return switch (kind) {
            case PHONE -> posts.isEmpty() ? value : posts.get(0).enrichment().phones().stream()
                    .filter(p -> p.replaceAll("\\D", "").endsWith(value.replaceAll("\\D", "").replaceFirst("^0+", "")))
                    .findFirst().orElse(value);
            case HANDLE -> PostDocuments.handle(value);
            case AUTHOR -> value;
        };
    }

    private static String quote(String value) {
        if (value.indexOf('"') >= 0) {
            throw new IllegalArgumentException("a pivot value cannot contain a double quote: " + value);
        }
        return "\"" + value + "\"";
    }
}
