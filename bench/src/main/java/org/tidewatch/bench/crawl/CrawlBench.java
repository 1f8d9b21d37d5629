package org.tidewatch.bench.crawl;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;
import org.tidewatch.core.PostIds;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.crawler.CollectResult;
import org.tidewatch.crawler.collect.telegram.TelegramCollector;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.crawler.evidence.HttpExchange;
import org.tidewatch.crawler.fetch.FetchSettings;
import org.tidewatch.crawler.fetch.HttpFetcher;

/**
 * Pages per second fetched and parsed by the Telegram collector from a local server with politeness off, against
 * the same ~30 KB pages parsed by Jsoup alone, in one run, one thread each. Usage: {@code CrawlBench [pages] [rounds]}.
 */
public final class CrawlBench {
    private CrawlBench() {
    }

    public static void main(String[] args) throws Exception {
        // The JDK server otherwise leaves Nagle on, and each small write then waits for a delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int pageCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        FetchSettings off = FetchSettings.fromConfig(new ConfigNode("bench", "crawler",
                Map.of("min_delay_ms", 0, "max_per_host", 64, "max_concurrent", 64)));
        try (ChannelServer server = new ChannelServer(pageCount);
             HttpFetcher fetcher = new HttpFetcher(off, new HashingEvidenceStore())) {
            run(server, fetcher, pageCount, rounds);
        }
    }

    private static void run(ChannelServer server, HttpFetcher fetcher, int pageCount, int rounds) {
        byte[][] pages = server.pages();
        long bytes = 0;
        for (byte[] p : pages) {
            bytes += p.length;
        }
        System.out.printf("pages: %d, mean size %.1f KB, rounds: %d (first is warm-up)%n", pageCount,
                bytes / 1024.0 / pageCount, rounds);
        SourceConfig source = new SourceConfig("bench", "telegram", server.base() + "/s/bench", "0 0 * * * ?", null,
                null, true, false, 36_500, pageCount + 1, 0, null, Map.of(), null, Map.of(), false);
        double bestJsoup = 0;
        double bestCrawl = 0;
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double jsoup = jsoupAlone(pages);
            double crawl = crawl(fetcher, source, pageCount);
            System.out.printf("round %d: jsoup alone %.0f pages/s, fetch+parse %.0f pages/s (%.0f%%)%n", round,
                    jsoup, crawl, 100 * crawl / jsoup);
            if (round > 0) {
                bestJsoup = Math.max(bestJsoup, jsoup);
                bestCrawl = Math.max(bestCrawl, crawl);
                ratios.add(crawl / jsoup);
            }
        }
        Collections.sort(ratios);
        System.out.printf("best: jsoup alone %.0f pages/s, fetch+parse %.0f pages/s = %.0f%% of jsoup alone; "
                + "median per-round ratio %.0f%%%n", bestJsoup, bestCrawl, 100 * bestCrawl / bestJsoup,
                100 * ratios.get(ratios.size() / 2));
    }

    /** Decodes and parses each page and selects its messages, as the collector's parse step does. */
    private static double jsoupAlone(byte[][] pages) {
        long start = System.nanoTime();
        int found = 0;
        for (byte[] page : pages) {
            Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8), "https://t.me/s/bench");
            found += doc.select("div.tgme_widget_message[data-post]").size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (found != pages.length * ChannelServer.PER_PAGE) {
            throw new IllegalStateException("jsoup found " + found + " messages");
        }
        return pages.length / seconds;
    }

    /** Walks the whole channel through the real fetcher (interceptors, evidence hashing) and collector. */
    private static double crawl(HttpFetcher fetcher, SourceConfig source, int pageCount) {
        long start = System.nanoTime();
        CollectResult r = new TelegramCollector(fetcher).collect(source, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.posts().size() != pageCount * ChannelServer.PER_PAGE || !r.failures().isEmpty()) {
            throw new IllegalStateException("crawl got " + r.posts().size() + " posts, failures " + r.failures());
        }
        return pageCount / seconds;
    }

    /** Stands in for the WARC store: hashes each payload, as the real one must, and keeps nothing. */
    private static final class HashingEvidenceStore implements EvidenceStore {
        private long records;

        @Override
        public EvidenceRef recordExchange(HttpExchange exchange) {
            records++;
            return new EvidenceRef("bench.warc", "urn:bench:" + records, PostIds.sha256Hex(exchange.body()));
        }

        @Override
        public EvidenceRef recordResource(String uri, Instant capturedAt, String contentType, byte[] content) {
            return recordExchange(new HttpExchange(uri, capturedAt, "GET", null, "HTTP/1.1", 200, "", null, content,
                    false, null));
        }

        @Override
        public void recordPost(Post post) {
        }

        @Override
        public void close() {
        }
    }
}
