package org.tidewatch.index.query;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;

/** Normalises a phone number written any way (international, 00-prefixed, national with a region) to E.164. */
public final class PhoneTerms {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneTerms() {
    }

    /** Whether libphonenumber knows the region code. */
    public static boolean isRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    /**
     * The E.164 form, or null when the text is not a possible number.
     *
     * @param region region for national numbers (null: only international forms are understood)
     */
    public static String e164(String text, String region) {
        String digits = text.strip();
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        try {
            PhoneNumber number = UTIL.parse(digits, region == null ? "ZZ" : region.toUpperCase(Locale.ROOT));
            if (!UTIL.isPossibleNumber(number)) {
                return null;
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
