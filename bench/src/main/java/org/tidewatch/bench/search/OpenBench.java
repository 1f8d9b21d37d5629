package org.tidewatch.bench.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.LucenePostIndex;

/**
 * How long opening an existing index takes (what every command-line search and every server start pays): the index
 * is opened and closed several times in one JVM, and each open's wall time is printed (the first includes the JIT and a
 * cold page cache).
 *
 * <p>Usage: {@code OpenBench <index dir> [rounds]}, e.g. on the index a {@code SearchBench --reuse} run leaves:
 * {@code OpenBench /tmp/tw1m/tidewatch 5}.
 */
public final class OpenBench {
    private OpenBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: OpenBench <index dir> [rounds]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long posts;
            try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
                posts = index.count();
                System.out.printf(Locale.ROOT, "round %d: opened %d posts in %.0f ms; load %s%n", round, posts,
                        (System.nanoTime() - t0) / 1e6, SearchBench.loadAverage());
            }
        }
    }
}
