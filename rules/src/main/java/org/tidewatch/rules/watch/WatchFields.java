package org.tidewatch.rules.watch;

import java.util.Locale;
import java.util.Set;

/**
 * Field names of the Tidewatch query language as watchlists see them, and how keyword values are normalised on both
 * sides (document and query), so {@code handle:@Boat_Man} finds a post by {@code @boat_man}.
 */
public final class WatchFields {
    /** Free text (analysed). */
    public static final String TEXT = "text";
    /** E.164 phone numbers. */
    public static final String PHONE = "phone";
    /** Contact handles, lower case, without the leading @. */
    public static final String HANDLE = "handle";
    /** The post's author, lower case, without the leading @. */
    public static final String AUTHOR = "author";
    /** Platform name, lower case. */
    public static final String PLATFORM = "platform";
    /** ISO 639-1 language. */
    public static final String LANG = "lang";
    /** Departure place names and country codes, lower case. */
    public static final String FROM = "from";
    /** Destination place names and country codes, lower case. */
    public static final String TO = "to";
    /** Route keys {@code ly>it} and {@code zuwara>lampedusa}, lower case. */
    public static final String ROUTE = "route";
    /** Offer category. */
    public static final String CATEGORY = "category";
    /** {@code true} or {@code false}. */
    public static final String OFFER = "offer";
    /** Prices in EUR (double points). */
    public static final String PRICE = "price";
    /** published_at (or collected_at) in epoch milliseconds (long points); queried with after:/before:. */
    public static final String PUBLISHED = "published";
    /** The post id (not queryable; identifies the document in a batch). */
    public static final String ID = "_id";

    /** Fields holding normalised keywords. */
    public static final Set<String> KEYWORDS = Set.of(PHONE, HANDLE, AUTHOR, PLATFORM, LANG, FROM, TO, ROUTE, CATEGORY, OFFER);

    private WatchFields() {
    }

    /** The normalised form of a keyword value of a field. */
    public static String keyword(String field, String value) {
        String v = value.strip();
        if (field.equals(PHONE)) {
            String digits = v.replaceAll("[\\s().-]", "");
            return digits.startsWith("+") ? digits : "+" + digits.replaceFirst("^00", "");
        }
        v = v.toLowerCase(Locale.ROOT);
        if ((field.equals(HANDLE) || field.equals(AUTHOR)) && v.startsWith("@")) {
            v = v.substring(1);
        }
        return v;
    }
}
