package org.tidewatch.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Collectors;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.security.AccessControl;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.index.PostIndex;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchResult;

/** {@code GET /search.csv?q=&order=}: the results of a search as CSV (at most {@link #MAX_ROWS} rows), audited as an export. */
final class SearchCsv {
    static final int MAX_ROWS = 10_000;
    static final String HEADER = "id,platform,url,author,published_at,collected_at,lang,is_offer,score,category,reasons,phones,handles,prices,routes,text";

    private final PostIndex index;
    private final AuditLog audit;

    SearchCsv(PostIndex index, AuditLog audit) {
        this.index = index;
        this.audit = audit;
    }

    void handle(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        SearchRequest request = new SearchRequest(q, 1000, SearchPage.order(ctx.queryParam("order")), null, false, false);
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        int rows = 0;
        while (true) {
            SearchResult r = index.search(request);
            for (SearchHit h : r.hits()) {
                if (rows == MAX_ROWS) {
                    break;
                }
                row(out, h.post());
                rows++;
            }
            if (r.nextCursor() == null || r.hits().isEmpty() || rows == MAX_ROWS) {
                break;
            }
            request = request.after(r.nextCursor());
        }
        audit.record(AccessControl.userName(ctx), AuditAction.EXPORT, "search.csv " + q, rows);
        ctx.header("Content-Disposition", "attachment; filename=\"tidewatch-search.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    private static void row(StringBuilder out, EnrichedPost ep) {
        Post p = ep.post();
        Enrichment e = ep.enrichment();
        List<String> cells = List.of(p.id(), p.platform(), nz(p.url()), nz(p.author()), p.publishedAt() == null ? "" : p.publishedAt().toString(),
                p.collectedAt().toString(), e.lang(), Boolean.toString(e.isOffer()), String.format(java.util.Locale.ROOT, "%.3f", e.score()),
                nz(e.category()), e.reasons().stream().map(Reason::display).collect(Collectors.joining("; ")),
                String.join(" ", e.phones()), String.join(" ", e.handles()),
                e.prices().stream().map(pr -> pr.amount().toPlainString() + " " + pr.currency()).collect(Collectors.joining("; ")),
                e.routes().stream().map(Route::countryKey).collect(Collectors.joining(" ")), p.text());
        out.append(cells.stream().map(SearchCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("\\+\\d+( \\+\\d+)*")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
