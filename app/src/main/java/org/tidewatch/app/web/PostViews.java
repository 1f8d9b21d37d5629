package org.tidewatch.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tidewatch.app.security.Html;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.index.schema.PostDocuments;

/** HTML fragments for a post: its card in a list, and what was extracted from it. Everything from the post is escaped. */
final class PostViews {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int CARD_TEXT = 400;

    private PostViews() {
    }

    static String time(Instant t) {
        return t == null ? "unknown" : "<time datetime=\"" + t + "\">" + TIME.format(t) + "</time>";
    }

    /**
     * A post as a search hit or list item.
     *
     * @param snippetHtml highlighted snippet from the index (already escaped, {@code <mark>} only), or null to show
     *                    the start of the text
     * @param groupId     near-duplicate group id (null when unknown)
     * @param groupSize   near-duplicate group size
     */
    static String card(EnrichedPost ep, String snippetHtml, String groupId, int groupSize) {
        return card(ep, snippetHtml, groupId, groupSize, false);
    }

    /** A post card as {@link #card(EnrichedPost, String, String, int)}, with a {@link #tick} box when asked. */
    static String card(EnrichedPost ep, String snippetHtml, String groupId, int groupSize, boolean tickable) {
        Post p = ep.post();
        Enrichment e = ep.enrichment();
        String text = snippetHtml != null && !snippetHtml.isBlank() ? snippetHtml : Html.escape(cut(p.text()));
        StringBuilder sb = new StringBuilder("<article class=\"hit\">");
        if (tickable) {
            sb.append(tick(p.id()));
        }
        sb.append("<h3><a href=\"").append(Links.post(p.id())).append("\">").append(Html.escape(p.platform()))
                .append(" · ").append(Html.escape(p.authorName() != null ? p.authorName() : p.author() != null ? p.author() : "unknown author"))
                .append("</a> <span class=\"when\">").append(time(PostDocuments.time(p))).append("</span></h3>");
        sb.append("<p class=\"badges\">").append(offerBadge(e));
        if (groupSize > 1 && groupId != null) {
            sb.append(" <a class=\"badge dup\" href=\"").append(Html.escape(Links.search("group:" + SearchQueries.quoted(groupId) + " offer:any")))
                    .append("\">").append(groupSize).append(" near duplicates</a>");
        }
        sb.append("</p><p class=\"text\" dir=\"auto\" lang=\"").append(Html.escape(e.lang())).append("\">").append(text).append("</p>");
        sb.append(extracted(e)).append("</article>");
        return sb.toString();
    }

    /** A tick box naming the post, inside the "Refer selected" form ({@link ReportPages#referForm}). */
    static String tick(String postId) {
        return "<label class=\"tick\"><input type=\"checkbox\" name=\"post_ids\" value=\"" + Html.escape(postId)
                + "\"> Select <code>" + Html.escape(postId) + "</code></label>";
    }

    static String offerBadge(Enrichment e) {
        if (!e.isOffer()) {
            return "<span class=\"badge\">not an offer</span>";
        }
        return "<span class=\"badge offer\">offer" + (e.category() == null ? "" : ": " + Html.escape(e.category().replace('_', ' ')))
                + String.format(Locale.ROOT, " (%.2f)", e.score()) + "</span>";
    }

    /** Reasons with glosses, phones, handles, prices and routes as a definition list (empty ones left out). */
    static String extracted(Enrichment e) {
        StringBuilder sb = new StringBuilder("<dl class=\"facts\">");
        if (!e.reasons().isEmpty()) {
            sb.append("<dt>Reasons</dt><dd><ul class=\"reasons\">");
            for (Reason r : e.reasons()) {
                sb.append("<li>");
                if (!r.matched().isEmpty()) {
                    sb.append("<bdi dir=\"auto\" class=\"matched\">").append(Html.escape(r.matched())).append("</bdi> = ");
                }
                sb.append(Html.escape(r.gloss())).append("</li>");
            }
            sb.append("</ul></dd>");
        }
        list(sb, "Phones", e.phones().stream().map(ph -> "<a href=\"" + Links.phone(ph) + "\">" + Html.escape(ph) + "</a>").toList());
        list(sb, "Handles", e.handles().stream().map(h -> "<a href=\"" + Links.handle(h) + "\">" + Html.escape(h) + "</a>").toList());
        list(sb, "Prices", e.prices().stream().map(PostViews::price).toList());
        list(sb, "Routes", e.routes().stream().map(PostViews::route).toList());
        return sb.append("</dl>").toString();
    }

    static String price(Price p) {
        return Html.escape(p.amount().toPlainString() + " " + p.currency());
    }

    static String route(Route r) {
        String places = (r.from() == null ? "?" : r.from()) + " → " + (r.to() == null ? "?" : r.to());
        return "<a href=\"" + Links.search("route:" + SearchQueries.quoted(r.countryKey())) + "\">" + Html.escape(places)
                + " (" + Html.escape(r.countryKey()) + ")</a>";
    }

    private static void list(StringBuilder sb, String label, List<String> items) {
        if (!items.isEmpty()) {
            sb.append("<dt>").append(label).append("</dt><dd>").append(items.stream().collect(Collectors.joining(", "))).append("</dd>");
        }
    }

    private static String cut(String text) {
        return text.length() <= CARD_TEXT ? text : text.substring(0, CARD_TEXT) + "…";
    }
}
