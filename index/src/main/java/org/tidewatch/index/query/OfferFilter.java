package org.tidewatch.index.query;

/** Which posts a query sees by their offer decision ({@code offer:true|false|any}). */
public enum OfferFilter {
    TRUE, FALSE, ANY
}
