package org.tidewatch.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.http.SearchJson;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tidewatch search}: the index from the terminal. */
@Command(name = "search", description = "Search the collected posts (query language: see README).")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the same JSON as GET /api/search.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many hits (1..1000, default 20).")
    int limit;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query, e.g. 'lampedusa phone:+218912345678'.")
    String query;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new UserFacingException("--limit must be between 1 and 1000, not " + limit);
        }
        try (Tidewatch tw = Tidewatch.open(global.loadConfig(), global.dataDir(), "search")) {
            SearchResult result = tw.index().search(new SearchRequest(query, limit));
            tw.audit().record("cli:" + System.getProperty("user.name", "unknown"), AuditAction.SEARCH, query,
                    (int) Math.min(Integer.MAX_VALUE, result.total()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new SearchJson(new ObjectMapper()).toJson(result).toString());
            } else {
                printText(out, result);
            }
            out.flush();
        }
        return 0;
    }

    private static void printText(PrintWriter out, SearchResult result) {
        out.println((result.totalExact() ? "" : "about ") + result.total() + (result.total() == 1 ? " post" : " posts"));
        for (SearchHit hit : result.hits()) {
            Post p = hit.post().post();
            Enrichment e = hit.post().enrichment();
            out.println();
            out.println(p.id() + "  " + p.platform() + "  " + (p.publishedAt() == null ? "-" : p.publishedAt()) + "  lang=" + e.lang()
                    + (e.isOffer() ? "  OFFER " + e.category() + String.format(" %.2f", e.score()) : ""));
            if (!e.routes().isEmpty()) {
                out.println("  routes: " + e.routes().stream().map(r -> r.placeKey() + " (" + r.countryKey() + ")").collect(Collectors.joining(", ")));
            }
            if (!e.prices().isEmpty()) {
                out.println("  prices: " + e.prices().stream().map(pr -> pr.amount().toPlainString() + " " + pr.currency()).collect(Collectors.joining(", ")));
            }
            if (!e.phones().isEmpty()) {
                out.println("  phones: " + String.join(", ", e.phones()));
            }
            out.println("  " + plain(hit.snippet() == null || hit.snippet().isEmpty() ? p.text() : hit.snippet()));
            if (p.url() != null) {
                out.println("  " + p.url());
            }
        }
    }

    /** The snippet for a terminal: matches in [brackets], entities decoded, one line. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
