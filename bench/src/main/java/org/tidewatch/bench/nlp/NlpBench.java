package org.tidewatch.bench.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidewatch.nlp.EnrichHints;
import org.tidewatch.nlp.StandardEnricher;
import org.tidewatch.nlp.offer.TrainingSet;

/**
 * Posts per second through the whole {@link StandardEnricher} on one thread, with the time spent in each step.
 * Usage: {@code NlpBench [POSTS.jsonl|-] [CPU-SECONDS]} (thread CPU time to measure for; the warm-up takes half
 * as much again, the per-step split a third); without a file it runs over the bundled synthetic training
 * posts. A JSONL file is read for its {@code text} fields only.
 */
public final class NlpBench {
    private NlpBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = args.length > 0 && !args[0].equals("-") ? readJsonl(Path.of(args[0]))
                : TrainingSet.load().stream().map(TrainingSet.Post::text).toList();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        long start = System.nanoTime();
        StandardEnricher enricher = new StandardEnricher();
        System.out.printf(Locale.ROOT, "load: %.2f s%n", (System.nanoTime() - start) / 1e9);
        double chars = texts.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf(Locale.ROOT, "corpus: %d posts, %.0f chars on average%n", texts.size(), chars);

        // Budgets are thread CPU time, not wall time: on a loaded machine a wall-clock warm-up ends before the JIT
        // (whose threads starve too) has compiled the hot code, and the figure then measures the interpreter.
        run(enricher, texts, Math.max(3, seconds / 2), null);
        long[] result = run(enricher, texts, seconds, null);
        long posts = result[0];
        long nanos = result[1];
        long cpu = result[2];
        System.out.printf(Locale.ROOT, "wall: %d posts in %.2f s = %.0f posts/s on one thread (%.1f µs/post)%n",
                posts, nanos / 1e9, posts / (nanos / 1e9), nanos / 1e3 / posts);
        System.out.printf(Locale.ROOT, "cpu:  %.2f s of thread CPU time = %.0f posts/s per core (%.1f µs/post)%n",
                cpu / 1e9, posts / (cpu / 1e9), cpu / 1e3 / posts);
        // The step split needs two CPU-clock reads per step (system calls): measured in a run of its own so that
        // their cost stays out of the throughput above.
        Map<String, long[]> steps = new LinkedHashMap<>();
        long[] split = run(enricher, texts, Math.max(2, seconds / 3), steps);
        System.out.println("steps (thread CPU time, separate run):");
        long stepTotal = steps.values().stream().mapToLong(v -> v[0]).sum();
        for (Map.Entry<String, long[]> e : steps.entrySet()) {
            long n = e.getValue()[0];
            System.out.printf(Locale.ROOT, "  %-10s %7.1f µs/post  %5.1f%%%n", e.getKey(), n / 1e3 / split[0],
                    100.0 * n / stepTotal);
        }
        System.out.printf(Locale.ROOT, "load average: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Enriches the texts round-robin until this thread has used {@code seconds} of CPU time; with {@code steps},
     * records each step's CPU time there. Returns {posts, wall nanos, thread CPU nanos}.
     */
    private static long[] run(StandardEnricher enricher, List<String> texts, double seconds, Map<String, long[]> steps) {
        long budget = (long) (seconds * 1e9);
        long posts = 0;
        long sink = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        StandardEnricher.StepClock clock = steps == null ? StandardEnricher.StepClock.NONE
                : new StandardEnricher.StepClock() {
                    @Override
                    public void record(String step, long nanos) {
                        steps.computeIfAbsent(step, k -> new long[1])[0] += nanos;
                    }

                    @Override
                    public long now() {
                        return threads.getCurrentThreadCpuTime();
                    }
                };
        while (threads.getCurrentThreadCpuTime() - cpuStart < budget) {
            for (String t : texts) {
                sink += enricher.enrich(t, EnrichHints.NONE, clock).reasons().size();
                posts++;
            }
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {posts, elapsed, cpu};
    }

    private static List<String> readJsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("text")) {
                    out.add(n.get("text").asText());
                }
            }
        }
        return out;
    }
}
