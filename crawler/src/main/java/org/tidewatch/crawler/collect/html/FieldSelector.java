package org.tidewatch.crawler.collect.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.tidewatch.crawler.collect.HtmlText;

/** A configured selector, {@code css} or {@code css@attr}, read relative to an item. */
record FieldSelector(String css, String attr) {

    static FieldSelector of(String spec) {
        int at = spec.lastIndexOf('@');
        // "@" inside brackets belongs to the CSS (a[href*=@]), not to the attribute suffix.
        if (at > 0 && spec.indexOf(']', at) < 0) {
            return new FieldSelector(spec.substring(0, at).strip(), spec.substring(at + 1).strip());
        }
        return new FieldSelector(spec.strip(), null);
    }

    private Element first(Element scope) {
        return scope.selectFirst(css);
    }

    /** The attribute, or the element's text when no attribute is named; null when nothing matches. */
    String value(Element scope) {
        Element e = first(scope);
        if (e == null) {
            return null;
        }
        return attr != null ? e.attr(attr).strip() : e.text().strip();
    }

    /** The text of every match (a title and a body, say), one per line, line breaks kept; null when nothing matches. */
    String text(Element scope) {
        List<String> parts = new ArrayList<>();
        for (Element e : scope.select(css)) {
            String t = attr != null ? e.attr(attr).strip() : HtmlText.of(e);
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /** An absolute URL from the named attribute, else {@code href}, else {@code src}; null when nothing matches. */
    String url(Element scope) {
        Element e = first(scope);
        if (e == null) {
            return null;
        }
        String a = attr != null ? attr : e.hasAttr("href") ? "href" : "src";
        String abs = e.absUrl(a);
        return abs.isEmpty() ? null : abs;
    }

    /** A date: the named attribute, else {@code datetime} when present, else the text. */
    String dateValue(Element scope) {
        Element e = first(scope);
        if (e == null) {
            return null;
        }
        if (attr != null) {
            return e.attr(attr);
        }
        return e.hasAttr("datetime") ? e.attr("datetime") : e.text();
    }
}
