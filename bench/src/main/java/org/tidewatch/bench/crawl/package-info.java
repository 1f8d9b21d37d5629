/**
 * The crawl benchmark: pages per second fetched and parsed by the Telegram collector from a local server, politeness
 * off, against the same pages parsed by Jsoup alone. To use, build and run {@link org.tidewatch.bench.crawl.CrawlBench}
 * as shown in BENCHMARKS.md (section "Crawl"); it is never part of the test suite.
 */
package org.tidewatch.bench.crawl;
