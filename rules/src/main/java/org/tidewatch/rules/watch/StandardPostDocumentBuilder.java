package org.tidewatch.rules.watch;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Route;
import org.tidewatch.rules.stats.EurRates;

/** The watchlist document of a post: its text analysed, and every extracted fact as a normalised keyword or point. */
public final class StandardPostDocumentBuilder implements PostDocumentBuilder {
    private final EurRates rates;

    public StandardPostDocumentBuilder(EurRates rates) {
        this.rates = rates;
    }

    @Override
    public Document build(EnrichedPost ep) {
        Post p = ep.post();
        Enrichment e = ep.enrichment();
        Document doc = new Document();
        doc.add(new StringField(WatchFields.ID, p.id(), Field.Store.NO));
        doc.add(new TextField(WatchFields.TEXT, p.text(), Field.Store.NO));
        keyword(doc, WatchFields.PLATFORM, p.platform());
        keyword(doc, WatchFields.AUTHOR, p.author());
        keyword(doc, WatchFields.LANG, e.lang());
        keyword(doc, WatchFields.OFFER, Boolean.toString(e.isOffer()));
        keyword(doc, WatchFields.CATEGORY, e.category());
        e.phones().forEach(phone -> keyword(doc, WatchFields.PHONE, phone));
        e.handles().forEach(handle -> keyword(doc, WatchFields.HANDLE, handle));
        Set<String> from = new LinkedHashSet<>();
        Set<String> to = new LinkedHashSet<>();
        Set<String> routes = new LinkedHashSet<>();
        for (Route r : e.routes()) {
            addIfPresent(from, r.from());
            addIfPresent(from, r.fromCountry());
            addIfPresent(to, r.to());
            addIfPresent(to, r.toCountry());
            routes.add(r.countryKey());
            routes.add(r.placeKey());
        }
        from.forEach(v -> keyword(doc, WatchFields.FROM, v));
        to.forEach(v -> keyword(doc, WatchFields.TO, v));
        routes.forEach(v -> keyword(doc, WatchFields.ROUTE, v));
        for (Price price : e.prices()) {
            rates.toEur(price).ifPresent(eur -> doc.add(new DoublePoint(WatchFields.PRICE, eur)));
        }
        long published = (p.publishedAt() == null ? p.collectedAt() : p.publishedAt()).toEpochMilli();
        doc.add(new LongPoint(WatchFields.PUBLISHED, published));
        return doc;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, WatchFields.keyword(field, value), Field.Store.NO));
        }
    }
}
