package org.tidewatch.rules.alert;

/** The kinds of alert the rules raise. */
public enum AlertKind {
    /** Offers on a route not seen in the baseline window, from several authors. */
    NEW_ROUTE,
    /** A route's daily offers improbably high against its own baseline. */
    SURGE,
    /** A route's median EUR price moved by more than the set share. */
    PRICE_SHIFT,
    /** The share of offers toward a destination country shifted to another origin country. */
    DEPARTURE_SHIFT,
    /** A new post matched a saved watchlist query. */
    WATCHLIST
}
