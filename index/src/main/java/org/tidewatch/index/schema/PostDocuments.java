package org.tidewatch.index.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.dedup.Signature;

/** Turns an enriched post into its Lucene document (see {@link Fields} for the schema). */
public final class PostDocuments {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    /** Keywords with few distinct values: their term bytes are encoded once ({@link ValueBytes}). */
    private static final Set<String> RECURRING = Set.of(Fields.SOURCE, Fields.PLATFORM, Fields.LANG, Fields.CATEGORY,
            Fields.ROUTE, Fields.ROUTE_PLACE, Fields.FROM_COUNTRY, Fields.TO_COUNTRY, Fields.FROM_PLACE, Fields.TO_PLACE,
            Fields.REASON, Fields.IS_OFFER);

    private final LanguageAnalyzers analyzers;
    private final IndexSettings settings;
    private final ValueBytes keywordBytes = new ValueBytes(Fields::keywordText);
    private final ValueBytes facetBytes = new ValueBytes((facet, value) -> facet + Fields.FACET_SEP + value);

    public PostDocuments(LanguageAnalyzers analyzers, IndexSettings settings) {
        this.analyzers = analyzers;
        this.settings = settings;
    }

    /** The time a post is sorted and filtered by: published, or collected when the page does not say. */
    public static Instant time(Post post) {
        return post.publishedAt() != null ? post.publishedAt() : post.collectedAt();
    }

    /**
     * The document of a post.
     *
     * @param signature its near-duplicate signature (null when the text is too short)
     * @param group     its near-duplicate group id (its own id when it is in a group of its own)
     */
    public Document build(EnrichedPost ep, Signature signature, String group) {
        return build(ep, signature, group, true);
    }

    /**
     * Only what a query can test (indexed terms and points) of a post's document, without the stored JSON, doc values
     * and facets that search results need: what the watchlist monitor matches posts against.
     */
    public Document searchable(EnrichedPost ep) {
        return build(ep, null, ep.post().id(), false);
    }

    private Document build(EnrichedPost ep, Signature signature, String group, boolean full) {
        Post p = ep.post();
        Enrichment e = ep.enrichment();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, p.id(), full ? Field.Store.YES : Field.Store.NO));
        if (full) {
            doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
            doc.add(new StoredField(Fields.JSON, PostJson.write(ep)));
        }
        // url, evidence hash, currencies and offer score are in the stored JSON only: no query reads them, and the
        // url alone, a long term unique to each post, was ~5% of indexing (hashing it, sorting it at every flush)
        keyword(doc, Fields.SOURCE, p.sourceId());
        String platform = p.platform().toLowerCase(Locale.ROOT);
        keyword(doc, Fields.PLATFORM, platform);
        facet(doc, "platform", platform, full);
        if (p.author() != null) {
            keyword(doc, Fields.AUTHOR, p.author().toLowerCase(Locale.ROOT));
        }
        if (p.authorName() != null) {
            doc.add(new TextField(Fields.AUTHOR_NAME, p.authorName(), Field.Store.NO));
        }
        long time = time(p).toEpochMilli();
        doc.add(new LongPoint(Fields.TIME, time));
        if (full) {
            doc.add(new NumericDocValuesField(Fields.TIME, time));
            facet(doc, "month", month(time), true);
        }

        String lang = e.lang().toLowerCase(Locale.ROOT);
        keyword(doc, Fields.LANG, lang);
        facet(doc, "lang", lang, full);
        doc.add(new TextInLanguage(LanguageAnalyzers.TEXT, p.text(), analyzers.forPost(lang)));

        keyword(doc, Fields.IS_OFFER, Boolean.toString(e.isOffer()));
        if (e.category() != null) {
            keyword(doc, Fields.CATEGORY, e.category());
            facet(doc, "category", e.category(), full);
        }
        e.phones().forEach(phone -> keyword(doc, Fields.PHONE, phone));
        e.handles().forEach(handle -> keyword(doc, Fields.HANDLE, handle(handle)));
        addPrices(doc, e);
        addRoutes(doc, e, full);
        Set<String> indicators = new HashSet<>();
        for (Reason r : e.reasons()) {
            if (indicators.add(r.indicator())) {
                keyword(doc, Fields.REASON, r.indicator());
            }
        }
        if (!group.equals(p.id())) {
            // a post in its own group (nine in ten) says so by having no group: its id names it (Fields.DUP_GROUP)
            doc.add(new StringField(Fields.DUP_GROUP, group, full ? Field.Store.YES : Field.Store.NO));
            if (full) {
                doc.add(new SortedDocValuesField(Fields.DUP_GROUP, new BytesRef(group)));
            }
        }
        if (full && signature != null) {
            doc.add(new BinaryDocValuesField(Fields.SIGNATURE, new BytesRef(signature.toBytes())));
        }
        return doc;
    }

    /** The UTC month of an epoch-millis time as {@code yyyy-MM} (the month facet), without a formatter per post. */
    static String month(long epochMillis) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, 86_400_000L));
        int year = day.getYear();
        int month = day.getMonthValue();
        if (year < 1000 || year > 9999) { // not four digits: let the pattern decide how to print it
            return MONTH.format(Instant.ofEpochMilli(epochMillis));
        }
        return year + (month < 10 ? "-0" : "-") + month;
    }

    /** A handle as indexed: lower case with one leading {@code @}. */
    public static String handle(String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        return "@" + h;
    }

    private void addPrices(Document doc, Enrichment e) {
        for (Price price : e.prices()) {
            BigDecimal eur = settings.toEur(price.amount(), price.currency());
            if (eur != null) {
                doc.add(new DoublePoint(Fields.PRICE_EUR, eur.doubleValue()));
            }
        }
    }

    private void addRoutes(Document doc, Enrichment e, boolean full) {
        Set<String> seen = new HashSet<>();
        for (Route r : e.routes()) {
            if (seen.add(r.countryKey())) {
                keyword(doc, Fields.ROUTE, r.countryKey());
                facet(doc, "route", r.countryKey(), full);
            }
            keyword(doc, Fields.ROUTE_PLACE, r.placeKey().toLowerCase(Locale.ROOT));
            if (r.fromCountry() != null && seen.add("from:" + r.fromCountry())) {
                keyword(doc, Fields.FROM_COUNTRY, r.fromCountry());
                facet(doc, "from", r.fromCountry(), full);
            }
            if (r.toCountry() != null && seen.add("to:" + r.toCountry())) {
                keyword(doc, Fields.TO_COUNTRY, r.toCountry());
                facet(doc, "to", r.toCountry(), full);
            }
            if (r.from() != null) {
                keyword(doc, Fields.FROM_PLACE, r.from().toLowerCase(Locale.ROOT));
            }
            if (r.to() != null) {
                keyword(doc, Fields.TO_PLACE, r.to().toLowerCase(Locale.ROOT));
            }
        }
    }

    private void keyword(Document doc, String field, String value) {
        if (value == null) {
            return;
        }
        if (RECURRING.contains(field)) {
            doc.add(new StringField(Fields.keywordField(field), keywordBytes.of(field, value), Field.Store.NO));
        } else {
            doc.add(new StringField(Fields.keywordField(field), Fields.keywordText(field, value), Field.Store.NO));
        }
    }

    private void facet(Document doc, String facet, String value, boolean full) {
        if (full) {
            doc.add(new SortedSetDocValuesField(Fields.FACETS_FIELD, facetBytes.of(facet, value)));
        }
    }
}
