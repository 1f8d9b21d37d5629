package org.tidewatch.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alert raised by the rules stage.
 *
 * @param id             stable alert id
 * @param kind           NEW_ROUTE, SURGE, PRICE_SHIFT, DEPARTURE_SHIFT or WATCHLIST
 * @param firedAt        when it fired (the day of the evidence, for replays)
 * @param route          the route concerned (null for watchlist matches)
 * @param watchlist      the watchlist name (null for route alerts)
 * @param count          the count that triggered it
 * @param baseline       the baseline it was compared with
 * @param explanation    plain-English explanation
 * @param examplePostIds example posts behind the alert
 */
public record Alert(String id, String kind, Instant firedAt, Route route, String watchlist, double count,
                    double baseline, String explanation, List<String> examplePostIds) {
    public Alert {
        Post.requireText(id, "id");
        Post.requireText(kind, "kind");
        Objects.requireNonNull(firedAt, "firedAt");
        examplePostIds = List.copyOf(examplePostIds == null ? List.of() : examplePostIds);
        explanation = explanation == null ? "" : explanation;
    }
}
