package org.tidewatch.crawler.collect.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.tidewatch.crawler.collect.HtmlText;

/**
 * A configured selector, {@code css} or {@code css@attr}, compiled once and read relative to an item.
 *
 * @param css       the CSS part as configured
 * @param evaluator the compiled CSS (null only for a non-selector value such as {@code date_format})
 * @param attr      the attribute to read, null for the text
 */
record FieldSelector(String css, Evaluator evaluator, String attr) {

    /** Compiles a selector; throws {@link org.jsoup.select.Selector.SelectorParseException} for bad CSS. */
    static FieldSelector of(String spec) {
        int at = spec.lastIndexOf('@');
        // "@" inside brackets belongs to the CSS (a[href*=@]), not to the attribute suffix.
        if (at > 0 && spec.indexOf(']', at) < 0) {
            String css = spec.substring(0, at).strip();
            return new FieldSelector(css, QueryParser.parse(css), spec.substring(at + 1).strip());
        }
        return new FieldSelector(spec.strip(), QueryParser.parse(spec.strip()), null);
    }

    private Element first(Element scope) {
        return scope.selectFirst(evaluator);
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
        for (Element e : scope.select(evaluator)) {
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
