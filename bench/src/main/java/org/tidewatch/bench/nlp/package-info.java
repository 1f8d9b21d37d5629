/**
 * The NLP bench: posts per second through the whole enricher on one thread, with time per step.
 *
 * <p>To use, build ({@code mvn -B -q -o -pl bench -am package -DskipTests}) and run
 * {@code java -cp <bench classpath> org.tidewatch.bench.nlp.NlpBench [POSTS.jsonl] [CPU-SECONDS]} (a thread-CPU
 * budget); see BENCHMARKS.md.
 */
package org.tidewatch.bench.nlp;
