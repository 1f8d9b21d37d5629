package org.tidewatch.app.referral;

import java.util.List;

/**
 * What a referral is built from: exactly one of a query, a case (by id) or ticked post ids.
 *
 * @param query   a query in the search language, or null
 * @param caseId  the id of a case whose posts are referred, or null
 * @param postIds ticked post ids in the order to list them, or null
 */
public record ReferralSelection(String query, Long caseId, List<String> postIds) {
    public ReferralSelection {
        int given = (query != null ? 1 : 0) + (caseId != null ? 1 : 0) + (postIds != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of a query, a case or post ids, not " + given);
        }
        if (query != null && query.isBlank()) {
            throw new IllegalArgumentException("the query must not be blank");
        }
        if (postIds != null) {
            if (postIds.isEmpty()) {
                throw new IllegalArgumentException("tick at least one post");
            }
            for (String id : postIds) {
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("a post id must not be blank: " + postIds);
                }
            }
            postIds = postIds.stream().map(String::strip).distinct().toList();
        }
    }

    /** The posts a query finds. */
    public static ReferralSelection ofQuery(String query) {
        return new ReferralSelection(query, null, null);
    }

    /** The posts of a case. */
    public static ReferralSelection ofCase(long caseId) {
        return new ReferralSelection(null, caseId, null);
    }

    /** Ticked posts. */
    public static ReferralSelection ofPosts(List<String> postIds) {
        return new ReferralSelection(null, null, postIds);
    }
}
