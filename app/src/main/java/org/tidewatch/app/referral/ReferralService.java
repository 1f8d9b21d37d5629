package org.tidewatch.app.referral;

import java.util.ArrayList;
import java.util.List;
import org.tidewatch.app.cases.CaseEntry;
import org.tidewatch.app.cases.CaseFile;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.PostIndex;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchResult;

/** Selects posts from the index (by query, case or ticked ids), builds the packages and keeps them. */
public final class ReferralService {
    /** At most this many posts go into one referral request. */
    public static final int MAX_POSTS = 5000;

    private final PostIndex index;
    private final ReferralStore store;
    private final ReferralBuilder builder;
    private final CaseStore cases;

    public ReferralService(PostIndex index, ReferralStore store, ReferralBuilder builder, CaseStore cases) {
        this.index = index;
        this.store = store;
        this.builder = builder;
        this.cases = cases;
    }

    public ReferralStore store() {
        return store;
    }

    /**
     * Builds and saves the packages for a selection.
     *
     * @throws IllegalArgumentException naming an unknown case or unknown post ids, or a case without posts
     */
    public List<ReferralPackage> build(ReferralSelection selection, String platform, String author, boolean reRefer) {
        if (selection.query() != null) {
            return fromQuery(selection.query(), platform, author, reRefer);
        }
        if (selection.caseId() != null) {
            return fromCase(selection.caseId(), platform, author, reRefer);
        }
        return fromIds(selection.postIds(), platform, author, reRefer);
    }

    /**
     * Builds and saves the packages for a query (oldest first, so items read as a timeline). The query language's
     * default offer filter applies: add {@code offer:any} to let the package list the non-offers it held back.
     */
    public List<ReferralPackage> fromQuery(String query, String platform, String author, boolean reRefer) {
        String q = platform == null ? query : "(" + query + ") platform:" + quote(platform);
        return save(builder.build(search(q), platform, "query: " + query, author, reRefer));
    }

    /** Builds and saves the packages for ticked post ids; unknown ids fail naming them. */
    public List<ReferralPackage> fromIds(List<String> postIds, String platform, String author, boolean reRefer) {
        List<EnrichedPost> posts = lookUp(postIds, "unknown post id(s): ");
        return save(builder.build(posts, platform, "posts: " + String.join(", ", postIds), author, reRefer));
    }

    /**
     * Builds and saves the packages for the posts of a case, in the order they were added; an unknown case, a case
     * without posts or posts no longer in the index fail naming them.
     */
    public List<ReferralPackage> fromCase(long caseId, String platform, String author, boolean reRefer) {
        CaseFile c = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case has the id " + caseId));
        List<String> ids = new ArrayList<>();
        for (CaseEntry e : cases.entries(caseId).reversed()) {
            ids.add(e.postId());
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("case " + caseId + " (" + c.name() + ") has no posts");
        }
        List<EnrichedPost> posts = lookUp(ids, "case " + caseId + " (" + c.name() + ") holds post(s) no longer in the index: ");
        return save(builder.build(posts, platform, "case " + caseId + ": " + c.name(), author, reRefer));
    }

    private List<EnrichedPost> lookUp(List<String> postIds, String unknownMessage) {
        List<EnrichedPost> posts = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : postIds) {
            // offer:any: a ticked post is looked up whatever the classifier said; the guard judges it next.
            SearchResult r = index.search(new SearchRequest("offer:any id:" + quote(id), 1).withoutHighlight());
            if (r.hits().isEmpty()) {
                unknown.add(id);
            } else {
                posts.add(r.hits().getFirst().post());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(unknownMessage + String.join(", ", unknown));
        }
        return posts;
    }

    private List<ReferralPackage> save(List<ReferralPackage> packages) {
        for (ReferralPackage p : packages) {
            store.save(p);
        }
        return packages;
    }

    private List<EnrichedPost> search(String query) {
        List<EnrichedPost> out = new ArrayList<>();
        SearchRequest req = new SearchRequest(query, 1000).withOrder(SearchRequest.SortOrder.OLDEST).withoutHighlight();
        while (out.size() < MAX_POSTS) {
            SearchResult r = index.search(req);
            for (SearchHit h : r.hits()) {
                out.add(h.post());
            }
            if (r.nextCursor() == null || r.hits().isEmpty()) {
                break;
            }
            req = req.after(r.nextCursor());
        }
        return out.size() > MAX_POSTS ? out.subList(0, MAX_POSTS) : out;
    }

    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
