package org.tidewatch.index.schema;

import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;

/** Names of the index fields and of the facets built on them. */
public final class Fields {
    private Fields() {
    }

    /** Stable post id: keyword, stored, sorted doc values (tie-break of every sort). */
    public static final String ID = "id";
    /** The whole {@code EnrichedPost} as JSON (stored only). */
    public static final String JSON = "json";
    /**
     * The post's URL, evidence hash ({@link #EVIDENCE}) and price currencies ({@link #CURRENCY}) are stored in the
     * JSON only since schema 4: no query reads them. Their names stay the names of those values in {@link #KEYWORDS}
     * (the watchlist weightor knows currency as a few-valued name) should a query field ever need them indexed again.
     */
    public static final String URL = "url";
    public static final String PLATFORM = "platform";
    public static final String SOURCE = "source";
    /** Author handle or id, lower case. */
    public static final String AUTHOR = "author";
    /** Author display name, folded text. */
    public static final String AUTHOR_NAME = "author_name";
    /** Published time, or collected time when unknown: epoch millis as point and doc values (newest-first sort). */
    public static final String TIME = "time";
    public static final String LANG = "lang";
    /** "true" or "false". */
    public static final String IS_OFFER = "is_offer";
    public static final String CATEGORY = "category";
    /** E.164 phone numbers. */
    public static final String PHONE = "phone";
    /** Contact handles, lower case with a leading {@code @}. */
    public static final String HANDLE = "handle";
    /** EUR-equivalent of each price (double points). */
    public static final String PRICE_EUR = "price_eur";
    public static final String CURRENCY = "currency";
    /** Route by countries, {@code LY>IT}, {@code ?} for an unknown end. */
    public static final String ROUTE = "route";
    /** Route by places, lower case, {@code zuwara>lampedusa}. */
    public static final String ROUTE_PLACE = "route_place";
    public static final String FROM_COUNTRY = "from_country";
    public static final String TO_COUNTRY = "to_country";
    /** Place names, lower case. */
    public static final String FROM_PLACE = "from_place";
    public static final String TO_PLACE = "to_place";
    /** SHA-256 of the captured evidence. */
    public static final String EVIDENCE = "evidence";
    /** Reason indicator ids. */
    public static final String REASON = "reason";
    /**
     * Near-duplicate group id (keyword, stored, sorted doc values) of a post that joined another post's group. A post
     * in a group of its own, named by its id (nine posts in ten), has no such field: one unique term and doc value fewer
     * per post. So the members of group {@code g} are the posts with {@code dup_group:g} and the post {@code g} itself
     * when it has no group field ({@code query.GroupQueries}).
     */
    public static final String DUP_GROUP = "dup_group";
    /** MinHash signature of the normalised text (binary doc values), to rebuild the duplicate window on open. */
    public static final String SIGNATURE = "signature";

    /**
     * One keyword field for the exact values that are only ever filtered on (source, platform, language, category,
     * routes and places, reasons): the term of a value is {@code name=value}, e.g.
     * {@code platform=telegram}. One inverted field instead of fourteen saves per-field work on every post; a filter
     * on a value reads exactly the posts it read in a field of its own. The names below stay the names of the values.
     */
    public static final String KEYWORDS = "kw";
    private static final Set<String> IN_KEYWORDS = Set.of(URL, SOURCE, PLATFORM, LANG, CATEGORY, CURRENCY, ROUTE,
            ROUTE_PLACE, FROM_COUNTRY, TO_COUNTRY, FROM_PLACE, TO_PLACE, EVIDENCE, REASON);

    /** Whether a keyword of this name is indexed in {@link #KEYWORDS} rather than in a field of its own. */
    public static boolean inKeywords(String name) {
        return IN_KEYWORDS.contains(name);
    }

    /** The term that holds a keyword value: {@code kw:name=value} for the values of {@link #KEYWORDS}, else {@code name:value}. */
    public static Term term(String name, String value) {
        return new Term(keywordField(name), keywordText(name, value));
    }

    /** The field a keyword value of this name is indexed in: {@link #KEYWORDS} or a field of its own. */
    public static String keywordField(String name) {
        return inKeywords(name) ? KEYWORDS : name;
    }

    /** The indexed text of a keyword value: {@code name=value} in {@link #KEYWORDS}, else the value itself. */
    public static String keywordText(String name, String value) {
        return inKeywords(name) ? name + KEYWORD_SEP + value : value;
    }

    /** The name of the value a term of {@link #KEYWORDS} holds ({@code platform} of {@code platform=telegram}), else null. */
    public static String keywordName(Term term) {
        if (!term.field().equals(KEYWORDS)) {
            return null;
        }
        String text = term.text();
        int sep = text.indexOf(KEYWORD_SEP);
        return sep > 0 ? text.substring(0, sep) : null;
    }

    /** Separates a value's name from the value in the terms of {@link #KEYWORDS}. */
    private static final char KEYWORD_SEP = '=';

    /** Sorted-set doc values holding every facet value of a post as {@code facet + SEP + value}: one lookup per hit counts all facets. */
    public static final String FACETS_FIELD = "facets";
    /** Separates the facet name from the value in {@link #FACETS_FIELD}. */
    public static final char FACET_SEP = '\u001f';
    /** The standard facets, in display order. */
    public static final List<String> FACETS = List.of("platform", "lang", "route", "from", "to", "category", "month");
}
