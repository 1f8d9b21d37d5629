package org.tidewatch.bench.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.core.store.Database;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.rules.Rules;
import org.tidewatch.rules.RulesSettings;
import org.tidewatch.rules.delivery.DeliverySettings;

/**
 * Watchlist matching throughput with many stored queries, and post-arrival-to-webhook-delivery latency, on a file
 * database in a temporary directory. Arguments: {@code [queries=10000] [posts=20000] [latencyPosts=400]
 * [steadyWarmupPosts=30000]}. The first figures come right after a short warm-up (2,000 posts), as in earlier
 * sessions, and so include the JIT compiling the matching code; the steady-state figures come after
 * {@code steadyWarmupPosts} more posts, when a long-running process has compiled it.
 */
public final class RulesBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RulesBench() {
    }

    public static void main(String[] args) throws Exception {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int latencyPosts = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        int steadyWarmup = args.length > 3 ? Integer.parseInt(args[3]) : 30_000;
        Path dir = Files.createTempDirectory("tidewatch-rules-bench");
        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch delivered = new CountDownLatch(latencyPosts);
        HttpServer receiver = receiver(arrivals, latencies, delivered);
        String hook = "webhook:http://localhost:" + receiver.getAddress().getPort() + "/hook";
        DeliverySettings delivery = DeliverySettings.fromConfig(new ConfigNode("bench", "delivery",
                Map.of("poll_interval_ms", 500)), Map.of("TIDEWATCH_WEBHOOK_SECRET", "bench-secret"));
        BenchCorpus corpus = new BenchCorpus(42);
        try (Database db = Database.open(dir);
             Rules rules = Rules.open(db, RulesSettings.defaults(), delivery, IndexSettings.defaults())) {
            int targeted = 100;
            Map<String, String> plain = corpus.queries(queries - targeted);
            Map<String, String> withTarget = new LinkedHashMap<>();
            for (int i = 0; i < targeted; i++) {
                withTarget.put("latency-" + i, "phone:" + BenchCorpus.phone(50_000 + i));
            }
            long t0 = System.nanoTime();
            rules.watchlists().addAll("bench", plain, List.of());
            rules.watchlists().addAll("bench", withTarget, List.of(hook));
            double registerS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("registered %d watchlists in %.1f s%n", queries, registerS);

            List<EnrichedPost> stream = new ArrayList<>(posts);
            Instant start = Instant.parse("2025-06-01T00:00:00Z");
            for (int i = 0; i < posts + 2_000; i++) {
                stream.add(corpus.post("bench:" + i, start.plusSeconds(i)));
            }
            for (int i = 0; i < 2_000; i += 100) {
                rules.watchlists().match(stream.subList(i, i + 100));
            }
            List<EnrichedPost> measured = stream.subList(2_000, stream.size());
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long processCpu0 = process.getProcessCpuTime();
            t0 = System.nanoTime();
            int[] batched = matchAll(rules, measured, 100);
            double batchS = (System.nanoTime() - t0) / 1e9;
            double batchCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double batchProcessCpu = (process.getProcessCpuTime() - processCpu0) / 1e9;
            // The calling thread's CPU leaves out the matching pool; the process's includes it (and GC, JIT).
            System.out.printf("matching, batches of 100: %d posts in %.2f s = %.0f posts/s wall, %.0f posts per CPU-second"
                    + " of the calling thread, %.0f per process CPU-second (%d matches)%n", batched[0], batchS,
                    batched[0] / batchS, batched[0] / batchCpu, batched[0] / batchProcessCpu, batched[1]);
            // `ingest` hands the pipeline batches of 500 posts (a backlog or a long crawl gives lists as long), which
            // the matcher splits over both cores.
            int big = 500;
            processCpu0 = process.getProcessCpuTime();
            t0 = System.nanoTime();
            int[] bigBatched = matchAll(rules, measured, big);
            double bigS = (System.nanoTime() - t0) / 1e9;
            double bigProcessCpu = (process.getProcessCpuTime() - processCpu0) / 1e9;
            System.out.printf("matching, batches of %d: %d posts in %.2f s = %.0f posts/s wall, %.0f per process CPU-second"
                    + " (%d matches)%n", big, bigBatched[0], bigS, bigBatched[0] / bigS, bigBatched[0] / bigProcessCpu,
                    bigBatched[1]);
            int single = Math.min(posts, 3_000);
            cpu0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            for (int i = 2_000; i < 2_000 + single; i++) {
                rules.watchlists().match(stream.subList(i, i + 1));
            }
            double singleS = (System.nanoTime() - t0) / 1e9;
            double singleCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("matching, one post at a time: %d posts in %.2f s = %.0f posts/s wall, %.0f posts per"
                    + " CPU-second%n", single, singleS, single / singleS, single / singleCpu);
            steadyState(rules, measured, steadyWarmup);
            System.out.printf("load average during the run: %.1f on %d cores%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());

            rules.startDelivery();
            t0 = System.nanoTime();
            for (int i = 0; i < latencyPosts; i++) {
                String id = "latency:" + i;
                String phone = BenchCorpus.phone(50_000 + i % targeted);
                EnrichedPost post = corpus.post(id, start.plusSeconds(100_000 + i), "boat this week call " + phone,
                        List.of(phone), List.of());
                arrivals.put(id, System.nanoTime());
                rules.engine().onIndexed(List.of(post));
                Thread.sleep(20); // about 40 posts a second arriving one by one, as a live collector delivers them
            }
            boolean all = delivered.await(60, TimeUnit.SECONDS);
            double feedS = (System.nanoTime() - t0) / 1e9;
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("arrival to webhook delivery: %d/%d delivered in %.1f s; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.length, latencyPosts, feedS, pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
            if (!all) {
                System.out.println("WARNING: not every alert was delivered within 60 s");
            }
        } finally {
            receiver.stop(0);
            // The receiver's pool threads are not daemons: without this the JVM never exits.
            ((java.util.concurrent.ExecutorService) receiver.getExecutor()).shutdownNow();
        }
    }

    /**
     * Matches the posts over and over ({@code warmup} posts in all, batches of 100 and 500) until the JIT has compiled
     * the matching code, then three rounds of batches of 500 and of 100, each with wall and process-CPU figures.
     */
    private static void steadyState(Rules rules, List<EnrichedPost> posts, int warmup) {
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int done = 0; done < warmup; done += posts.size()) {
            matchAll(rules, posts, done % (2 * posts.size()) == 0 ? 500 : 100);
        }
        for (int round = 1; round <= 3; round++) {
            for (int size : new int[] {500, 100}) {
                long cpu0 = process.getProcessCpuTime();
                long t0 = System.nanoTime();
                int[] counted = matchAll(rules, posts, size);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (process.getProcessCpuTime() - cpu0) / 1e9;
                System.out.printf("steady state (after %d more posts), round %d, batches of %d: %d posts in %.2f s ="
                        + " %.0f posts/s wall, %.0f per process CPU-second (%d matches), load %.1f%n", warmup, round,
                        size, counted[0], s, counted[0] / s, counted[0] / cpu, counted[1], process.getSystemLoadAverage());
            }
        }
    }

    /** Matches the posts in batches of {@code size}; returns the posts matched and the matches. */
    private static int[] matchAll(Rules rules, List<EnrichedPost> posts, int size) {
        int matched = 0;
        int matches = 0;
        for (int i = 0; i + size <= posts.size(); i += size) {
            matches += rules.watchlists().match(posts.subList(i, i + size)).postIdsByWatchlist().values().stream()
                    .mapToInt(List::size).sum();
            matched += size;
        }
        return new int[] {matched, matches};
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static HttpServer receiver(Map<String, Long> arrivals, List<Long> latencies, CountDownLatch delivered)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            try (InputStream in = exchange.getRequestBody()) {
                for (var id : JSON.readTree(in).path("example_post_ids")) {
                    Long arrived = arrivals.remove(id.asText());
                    if (arrived != null) {
                        latencies.add(now - arrived);
                        delivered.countDown();
                    }
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }
}
