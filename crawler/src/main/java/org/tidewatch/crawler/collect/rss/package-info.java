/**
 * RSS 2.0 and Atom feeds.
 *
 * <p>To use, configure a source {@code type: rss} whose {@code url} is the feed; paged feeds are followed through
 * {@code <link rel="next">}, and an unchanged feed costs one conditional request.
 */
package org.tidewatch.crawler.collect.rss;
