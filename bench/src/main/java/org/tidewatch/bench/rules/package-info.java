/**
 * Benchmark of the rules module: watchlist matching throughput with many stored queries, and the time from a post's
 * arrival to its alert's webhook delivery.
 *
 * <p>To use, build and run {@link org.tidewatch.bench.rules.RulesBench} (command in BENCHMARKS.md, section Rules);
 * it prints the figures to copy there.
 */
package org.tidewatch.bench.rules;
