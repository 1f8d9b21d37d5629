package org.tidewatch.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.LucenePostIndex;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchRequest.SortOrder;
import org.tidewatch.index.SearchResult;
import org.tidewatch.index.UpsertResult;

/**
 * Search benchmark: indexes N synthetic multilingual posts (default 1,000,000; seed 42) with the Tidewatch
 * index and, in the same run, the same texts with a bare Lucene StandardAnalyzer setup; then runs a fixed
 * mix of analyst queries (top 20, standard facets, highlighting) and prints latency percentiles.
 *
 * <p>Usage: {@code SearchBench [--reuse] [--rounds=N] [posts] [timed queries] [work dir] [query filter]}. With
 * {@code --reuse} an index of exactly {@code posts} posts left in the work dir by an earlier {@code --reuse} run is
 * searched again without re-indexing (no indexing figures are printed) and the work dir is kept; without it, both
 * indexes are built and the work dir is deleted at the end. With {@code --rounds=N} the timed queries run N times in
 * the same process and each round's wall percentiles are printed: p99 of a few thousand queries is one of its slowest
 * few dozen, and it moves by a few milliseconds from one round to the next.
 */
public final class SearchBench {
    /** Posts per upsert call (ingest's batch size is of this order). */
    static final int BATCH = 5_000;
    /** Seed of the synthetic posts: every run indexes the same texts. */
    static final long SEED = 42;
    /** CPU time of the calling thread: on a shared machine it moves far less with the neighbours than wall time. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private SearchBench() {
    }

    public static void main(String[] argv) throws IOException {
        boolean reuse = Arrays.asList(argv).contains("--reuse");
        int rounds = Arrays.stream(argv).filter(a -> a.startsWith("--rounds=")).mapToInt(a -> Integer.parseInt(a.substring(9)))
                .findFirst().orElse(1);
        String[] args = Arrays.stream(argv).filter(a -> !a.equals("--reuse") && !a.startsWith("--rounds="))
                .toArray(String[]::new);
        int posts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("tidewatch-bench");
        System.out.printf(Locale.ROOT, "posts=%d queries=%d dir=%s cores=%d load %s%n", posts, queries, work,
                Runtime.getRuntime().availableProcessors(), loadAverage());

        boolean reusing = reuse && Files.isDirectory(work.resolve("tidewatch"));
        double bareRate = 0;
        double bareCpuRate = 0;
        if (!reusing) {
            long cpu0 = CPU.getCurrentThreadCpuTime();
            bareRate = indexBare(work.resolve("bare"), posts);
            bareCpuRate = posts / ((CPU.getCurrentThreadCpuTime() - cpu0) / 1e9);
            System.out.printf(Locale.ROOT, "bare StandardAnalyzer: %.0f posts/s wall, %.0f posts per CPU-second of the indexing thread%n",
                    bareRate, bareCpuRate);
        }

        try (LucenePostIndex index = LucenePostIndex.open(work.resolve("tidewatch"), IndexSettings.defaults())) {
            SyntheticPosts generator = new SyntheticPosts(SEED);
            if (reusing) {
                if (index.count() != posts) {
                    throw new IllegalStateException("--reuse: the index in " + work + " holds " + index.count()
                            + " posts, not " + posts + "; delete it or run without --reuse");
                }
                generator.next(20_000); // the phones of the query mix are sampled from the first posts
                System.out.printf(Locale.ROOT, "reusing the index of %d posts in %s%n", posts, work);
            } else {
                long cpu1 = CPU.getCurrentThreadCpuTime();
                double rate = indexTidewatch(index, generator, posts);
                double cpuRate = posts / ((CPU.getCurrentThreadCpuTime() - cpu1) / 1e9);
                System.out.printf(Locale.ROOT, "tidewatch: %.0f posts/s wall (%.0f%% of bare), %.0f posts per CPU-second (%.0f%% of bare)%n",
                        rate, 100 * rate / bareRate, cpuRate, 100 * cpuRate / bareCpuRate);
            }
            List<SearchRequest> mix = QueryMix.requests(generator.samplePhones());
            if (args.length > 3) { // profiling aid: only the queries containing this text
                mix = mix.stream().filter(r -> r.query().contains(args[3])).toList();
            }
            runQueries(index, mix, Math.max(200, queries / 5), null, null, null, null); // warm-up
            long[] latencies = new long[queries];
            long[] cpuTimes = new long[queries];
            long[] allCpuTimes = new long[queries];
            int[] which = new int[queries];
            runQueries(index, mix, queries, latencies, cpuTimes, allCpuTimes, which);
            report("wall", latencies);
            report("CPU of the query thread", cpuTimes);
            report("CPU of the query thread and the search pool", allCpuTimes);
            reportSlowest(mix, latencies, which);
            if (rounds > 1) {
                double[] p99 = new double[rounds];
                p99[0] = percentile(latencies, 0.99);
                for (int r = 1; r < rounds; r++) {
                    runQueries(index, mix, queries, latencies, cpuTimes, allCpuTimes, which);
                    p99[r] = percentile(latencies, 0.99);
                    report("wall, round " + (r + 1), latencies);
                }
                double[] sorted = p99.clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "wall p99 of the %d rounds: %s; median %.2f ms%n", rounds,
                        Arrays.stream(p99).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
                                .collect(java.util.stream.Collectors.joining(", ")), sorted[rounds / 2]);
            }
        }
        if (!reuse) {
            deleteTree(work);
        }
    }

    private static double indexBare(Path dir, int posts) throws IOException {
        SyntheticPosts generator = new SyntheticPosts(SEED);
        long nanos = 0;
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = bareWriter(d)) {
            for (int done = 0; done < posts; done += BATCH) {
                List<EnrichedPost> batch = generator.next(Math.min(BATCH, posts - done));
                long t0 = System.nanoTime();
                addBare(w, batch);
                nanos += System.nanoTime() - t0;
            }
            long t0 = System.nanoTime();
            w.commit();
            nanos += System.nanoTime() - t0;
        }
        return posts / (nanos / 1e9);
    }

    /** The writer of the bare reference: StandardAnalyzer, the same 64 MB RAM buffer as Tidewatch's. */
    static IndexWriter bareWriter(FSDirectory d) throws IOException {
        return new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64));
    }

    /** The bare reference's documents: the id as a stored keyword, the text stored and analysed. */
    static void addBare(IndexWriter w, List<EnrichedPost> batch) throws IOException {
        for (EnrichedPost p : batch) {
            Document doc = new Document();
            doc.add(new StringField("id", p.post().id(), Field.Store.YES));
            doc.add(new TextField("text", p.post().text(), Field.Store.YES));
            w.addDocument(doc);
        }
    }

    private static double indexTidewatch(LucenePostIndex index, SyntheticPosts generator, int posts) {
        long nanos = 0;
        long failures = 0;
        for (int done = 0; done < posts; done += BATCH) {
            List<EnrichedPost> batch = generator.next(Math.min(BATCH, posts - done));
            long t0 = System.nanoTime();
            UpsertResult r = index.upsertAll(batch);
            nanos += System.nanoTime() - t0;
            failures += r.failures().size();
        }
        long t0 = System.nanoTime();
        index.commit();
        index.refresh();
        nanos += System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "indexed %d posts, %d failures, %d searchable%n", posts, failures, index.count());
        return posts / (nanos / 1e9);
    }

    private static void runQueries(LucenePostIndex index, List<SearchRequest> mix, int n, long[] latencies, long[] cpuTimes,
                                   long[] allCpuTimes, int[] which) {
        long[] pool = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("tidewatch-search")).mapToLong(Thread::threadId).toArray();
        SplittableRandom order = new SplittableRandom(SEED);
        long totalHits = 0;
        for (int q = 0; q < n; q++) {
            int pick = order.nextInt(mix.size());
            SearchRequest request = mix.get(pick);
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            long p0 = poolCpu(pool);
            SearchResult r = index.search(request);
            long took = System.nanoTime() - t0;
            long cpu = CPU.getCurrentThreadCpuTime() - c0;
            long all = cpu + poolCpu(pool) - p0;
            totalHits += r.total();
            if (latencies != null) {
                latencies[q] = took;
                cpuTimes[q] = cpu;
                allCpuTimes[q] = all;
                which[q] = pick;
            }
        }
        if (latencies != null) {
            System.out.printf(Locale.ROOT, "%d queries, mean hits %.0f, load %s%n", n, totalHits / (double) n, loadAverage());
        }
    }

    /** CPU time so far of the index's search threads (slices of a query run there while the query thread waits). */
    private static long poolCpu(long[] pool) {
        long sum = 0;
        for (long id : pool) {
            sum += Math.max(0, CPU.getThreadCpuTime(id));
        }
        return sum;
    }

    private static void report(String what, long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "latency (%s) p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    /** The five queries with the highest median latency, to show where the tail comes from. */
    private static void reportSlowest(List<SearchRequest> mix, long[] latencies, int[] which) {
        List<long[]> perQuery = new ArrayList<>();
        for (int k = 0; k < mix.size(); k++) {
            final int query = k;
            long[] mine = java.util.stream.IntStream.range(0, latencies.length).filter(i -> which[i] == query)
                    .mapToLong(i -> latencies[i]).sorted().toArray();
            if (mine.length > 0) {
                perQuery.add(new long[] {k, mine[mine.length / 2]});
            }
        }
        perQuery.sort(Comparator.comparingLong((long[] a) -> a[1]).reversed());
        for (long[] q : perQuery.subList(0, Math.min(5, perQuery.size()))) {
            System.out.printf(Locale.ROOT, "  median %.2f ms  %s%n", q[1] / 1e6, mix.get((int) q[0]).query());
        }
    }

    private static double percentile(long[] latencies, double p) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return pct(sorted, p);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /**
     * The machine's 1-minute load average, or "?" where the system does not say: printed with the figures, because on
     * a shared machine the wall columns mean little without it.
     */
    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "?" : String.format(Locale.ROOT, "%.2f", load);
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The fixed analyst query mix (see BENCHMARKS.md). */
    static final class QueryMix {
        private QueryMix() {
        }

        static List<SearchRequest> requests(List<String> phones) {
            List<String> queries = new ArrayList<>(List.of(
                    "boat", "\"safe boat trip\"", "crossing lampedusa", "قارب", "رحلة بحرية", "حرقة مضمونة",
                    "مرز", "tekne geçiş", "traversée bateau", "barca", "granice", "Überfahrt", "بەلەم",
                    "route:LY>IT", "route:TR>GR after:2026-01-01", "from:Libya to:Italy offer:true",
                    "route:MA>ES price:[1000 TO 3000]", "boat after:2025-06-01 before:2025-07-01",
                    "lang:ar offer:true after:2026-02-01", "captain OR capitano OR kaptan", "platform:telegram route:IR>TR"));
            for (int k = 0; k < Math.min(9, phones.size()); k++) {
                String p = phones.get(k);
                queries.add(k % 3 == 0 ? "phone:" + p : k % 3 == 1 ? "phone:00" + p.substring(1) : p);
            }
            List<SearchRequest> out = new ArrayList<>();
            for (int k = 0; k < queries.size(); k++) {
                SortOrder order = k % 4 == 3 ? SortOrder.NEWEST : SortOrder.RELEVANCE;
                out.add(new SearchRequest(queries.get(k), 20, order, null, false, true));
            }
            return out;
        }
    }
}
