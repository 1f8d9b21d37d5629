package org.tidewatch.rules.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Assigns each post of an author to a near-duplicate group: the group of the first earlier post of the same author
 * that is a near duplicate, or a new group named after the post itself. Different authors never share a group, so
 * two smugglers using one template count as two offers.
 */
final class AuthorGroups {
    /** A post of an author as remembered: its signature and its group. */
    record Member(byte[] signature, String group) {
    }

    private final DuplicateKey key;
    private final Function<String, List<Member>> loader;
    private final Map<String, List<Member>> byAuthor = new HashMap<>();

    /** {@code loader} returns the stored members of an author, so groups survive a restart. */
    AuthorGroups(DuplicateKey key, Function<String, List<Member>> loader) {
        this.key = key;
        this.loader = loader;
    }

    synchronized String groupOf(String author, String postId, byte[] signature) {
        List<Member> members = byAuthor.computeIfAbsent(author, a -> new ArrayList<>(loader.apply(a)));
        for (Member m : members) {
            if (key.nearDuplicate(m.signature(), signature)) {
                return m.group();
            }
        }
        members.add(new Member(signature, postId));
        return postId;
    }
}
