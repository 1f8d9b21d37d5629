package org.tidewatch.app.retention;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Posts that must be kept whatever their age because an alert, a referral report or a case refers to them. */
@FunctionalInterface
public interface ReferencedPosts {
    /** Nothing is referenced. */
    ReferencedPosts NONE = ids -> Set.of();

    /** Which of {@code postIds} are referenced. */
    Set<String> referenced(Collection<String> postIds);

    /** Referenced by any of the sources (e.g. alerts, reports, cases). */
    static ReferencedPosts anyOf(List<ReferencedPosts> sources) {
        return ids -> {
            Set<String> out = new HashSet<>();
            for (ReferencedPosts s : sources) {
                out.addAll(s.referenced(ids));
            }
            return out;
        };
    }
}
