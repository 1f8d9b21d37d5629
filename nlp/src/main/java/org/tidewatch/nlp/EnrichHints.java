package org.tidewatch.nlp;

/**
 * What is known about a post besides its text.
 *
 * @param platform the platform it came from (may be null)
 * @param region   ISO 3166 region configured for the source's phone numbers (null: infer from text)
 */
public record EnrichHints(String platform, String region) {
    /** No hints at all. */
    public static final EnrichHints NONE = new EnrichHints(null, null);
}
