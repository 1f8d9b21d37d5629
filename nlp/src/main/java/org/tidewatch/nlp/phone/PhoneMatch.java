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
    private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("\\+[1-9][0-9]{5,14}");
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile("[A-Z]{2}");

    public PhoneMatch {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number: " + e164);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + e164);
        }
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must be ISO 3166 alpha-2: " + region);
        }
    }
}
