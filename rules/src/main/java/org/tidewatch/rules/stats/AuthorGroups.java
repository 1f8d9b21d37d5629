package org.tidewatch.rules.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Assigns each post of an author to a near-duplicate group: the group of the first earlier post of the same author
 * whose signature is within {@code maxBits} bits, or a new group named after the post's own signature. Different
 * authors never share a group, so two smugglers using one template count as two offers.
 */
final class AuthorGroups {
    private record Member(long signature, String group) {
    }

    private final int maxBits;
    private final Function<String, List<long[]>> loader;
    private final Map<String, List<Member>> byAuthor = new HashMap<>();

    /** {@code loader} returns the stored (signature, group-as-signature) pairs of an author, for a restart. */
    AuthorGroups(int maxBits, Function<String, List<long[]>> loader) {
        this.maxBits = maxBits;
        this.loader = loader;
    }

    synchronized String groupOf(String author, long signature) {
        List<Member> members = byAuthor.computeIfAbsent(author, a -> {
            List<Member> loaded = new ArrayList<>();
            for (long[] pair : loader.apply(a)) {
                loaded.add(new Member(pair[0], Long.toHexString(pair[1])));
            }
            return loaded;
        });
        for (Member m : members) {
            if (SimHashSignature.distance(m.signature(), signature) <= maxBits) {
                return m.group();
            }
        }
        String group = Long.toHexString(signature);
        members.add(new Member(signature, group));
        return group;
    }
}
