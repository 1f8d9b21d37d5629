package org.tidewatch.nlp.phone;

/**
 * A phone number found in a post.
 *
 * @param e164   the number in E.164 form ({@code +218912345678})
 * @param start  offset of the first character of the mention in the original text
 * @param end    offset just past the mention in the original text
 * @param region ISO 3166 region the number belongs to ({@code ZZ} when libphonenumber cannot tell)
 */
public record PhoneMatch(String e164, int start, int end, String region) {
    public PhoneMatch {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{5,14}")) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + e164);
        }
        if (region == null || !region.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("region must be ISO 3166 alpha-2: " + region);
        }
    }
}
