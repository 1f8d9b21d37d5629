package org.tidewatch.bench.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.LucenePostIndex;

/**
 * Indexing only, for comparing two builds of the write path: generates N synthetic posts once (the seed of
 * {@link SearchBench}), then indexes them into a fresh index several times in one JVM and prints the posts per
 * CPU-second of the indexing thread for each round (generation excluded). The first round includes the JIT; the later
 * ones are the steady state that a million-post run mostly measures. Before each round the same batches go through
 * {@link SearchBench}'s bare Lucene reference, so each round also prints the ratio to bare under the same neighbours,
 * and the run ends with the median ratio of the warm rounds.
 *
 * <p>Usage: {@code IndexingBench [posts] [rounds] [work dir]}, e.g. {@code IndexingBench 200000 3 /tmp/idx}.
 */
public final class IndexingBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private IndexingBench() {
    }

    public static void main(String[] args) throws IOException {
        int posts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("tidewatch-indexing");
        List<List<EnrichedPost>> batches = new ArrayList<>();
        SyntheticPosts generator = new SyntheticPosts(SearchBench.SEED);
        for (int done = 0; done < posts; done += SearchBench.BATCH) {
            batches.add(generator.next(Math.min(SearchBench.BATCH, posts - done)));
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // the bare reference of SearchBench on the same batches, right before: both see the same neighbours
            Path bareDir = work.resolve("bare" + round);
            long bareCpu;
            try (FSDirectory d = FSDirectory.open(bareDir); IndexWriter w = SearchBench.bareWriter(d)) {
                long c0 = CPU.getCurrentThreadCpuTime();
                for (List<EnrichedPost> batch : batches) {
                    SearchBench.addBare(w, batch);
                }
                w.commit();
                bareCpu = CPU.getCurrentThreadCpuTime() - c0;
            }
            SearchBench.deleteTree(bareDir);
            Path dir = work.resolve("round" + round);
            long cpu;
            try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
                long c0 = CPU.getCurrentThreadCpuTime();
                for (List<EnrichedPost> batch : batches) {
                    index.upsertAll(batch);
                }
                index.commit();
                index.refresh();
                cpu = CPU.getCurrentThreadCpuTime() - c0;
            }
            double ratio = (double) bareCpu / cpu;
            if (round > 0) {
                ratios.add(ratio);
            }
            System.out.printf(Locale.ROOT, "round %d: %.0f posts per CPU-second (%.1f s of thread CPU); bare %.0f per CPU-second;"
                    + " ratio %.0f%%; load %s%n", round, posts / (cpu / 1e9), cpu / 1e9, posts / (bareCpu / 1e9), 100 * ratio,
                    SearchBench.loadAverage());
            SearchBench.deleteTree(dir);
        }
        if (!ratios.isEmpty()) {
            ratios.sort(null);
            System.out.printf(Locale.ROOT, "median ratio of the warm rounds (1-%d): %.0f%%%n", rounds - 1,
                    100 * ratios.get(ratios.size() / 2));
        }
    }
}
