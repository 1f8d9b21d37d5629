/**
 * The search benchmark (run by hand, never by the test suite).
 *
 * <p>To use, build with {@code mvn -B -q -o -pl bench -am package -DskipTests dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt}, then run {@code java --add-modules jdk.incubator.vector -Xmx4g -cp
 * bench/target/classes:$(cat /tmp/cp.txt) org.tidewatch.bench.search.SearchBench [posts] [queries] [dir]}
 * (default one million posts, 2,000 timed queries). It prints the indexing rate of the Tidewatch index and of a
 * bare StandardAnalyzer setup on the same texts, and the latency percentiles of the query mix in
 * {@link org.tidewatch.bench.search.SearchBench}. Figures go to BENCHMARKS.md, section "Search". To iterate on query
 * code, {@code SearchBench --reuse 1000000 500 /tmp/mydir [text]} builds the index once, keeps the dir, and later runs
 * with the same arguments search it again without indexing (a last argument runs only the mix queries containing it).
 */
package org.tidewatch.bench.search;
