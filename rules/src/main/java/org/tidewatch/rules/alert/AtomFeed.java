package org.tidewatch.rules.alert;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tidewatch.core.Alert;

/** Renders alerts as an Atom 1.0 feed (RFC 4287), so analysts can follow them in any feed reader. */
public final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * The feed XML. {@code selfUrl} is the feed's own address (its id); {@code alertUrlPrefix} + alert id links each
     * entry to the web UI. Text is escaped by the XML writer, so post content cannot inject markup.
     */
    public static String render(List<StoredAlert> alerts, String selfUrl, String alertUrlPrefix, Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "title", "Tidewatch alerts");
            element(w, "id", selfUrl);
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "self");
            w.writeAttribute("href", selfUrl);
            Instant updated = alerts.stream().map(s -> s.alert().firedAt()).max(Instant::compareTo).orElse(now);
            element(w, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            w.writeStartElement("author");
            element(w, "name", "Tidewatch");
            w.writeEndElement();
            for (StoredAlert s : alerts) {
                entry(w, s, alertUrlPrefix);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the alert feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter w, StoredAlert s, String alertUrlPrefix) throws XMLStreamException {
        Alert a = s.alert();
        w.writeStartElement("entry");
        element(w, "id", "urn:tidewatch:alert:" + a.id());
        element(w, "title", title(a));
        element(w, "updated", DateTimeFormatter.ISO_INSTANT.format(a.firedAt()));
        w.writeEmptyElement("link");
        w.writeAttribute("href", alertUrlPrefix + a.id());
        w.writeStartElement("category");
        w.writeAttribute("term", a.kind());
        w.writeEndElement();
        element(w, "summary", a.explanation());
        w.writeEndElement();
    }

    /** "SURGE Libya to Italy" or "WATCHLIST phone-ring-7". */
    public static String title(Alert a) {
        if (a.route() == null) {
            return a.kind() + " " + (a.watchlist() == null ? "" : a.watchlist());
        }
        return a.kind() + " " + (a.route().from() == null ? "?" : a.route().from()) + " to "
                + (a.route().to() == null ? "?" : a.route().to());
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }
}
