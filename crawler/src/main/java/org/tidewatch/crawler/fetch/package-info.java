/**
 * Polite, fault-tolerant HTTP fetching over one shared OkHttp client.
 *
 * <p>To use, read the settings once and build one fetcher for the whole process:
 * <pre>{@code
 * FetchSettings settings = FetchSettings.fromConfig(root.child("crawler"));
 * Fetcher fetcher = new HttpFetcher(settings, evidenceStore);
 * FetchResult r = fetcher.fetch(FetchRequest.forSource(source, url));
 * if (r.ok()) { ... r.text(), r.evidence() ... } else if (r.failure() != null) { ... r.failure().kind() ... }
 * }</pre>
 * Robots.txt, per-host politeness, retries with backoff, redirects, headers and the body cap are interceptors built
 * by {@link org.tidewatch.crawler.fetch.HttpClientFactory}; collectors never deal with them. Faults come back as
 * {@link org.tidewatch.crawler.fetch.FetchFailure} data, never as exceptions.
 */
package org.tidewatch.crawler.fetch;
