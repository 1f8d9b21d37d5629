/**
 * The collectors and what they share.
 *
 * <p>To use, pick a collector by source type and call it with the stored cursor:
 * {@code Collectors.forType(source.type(), fetcher).collect(source, cursor)}. Each collector only parses; fetching
 * with the source's settings, media capture and failure bookkeeping live in
 * {@link org.tidewatch.crawler.collect.CollectSession}, and listings without ordered ids (html, rss) are walked by
 * {@link org.tidewatch.crawler.collect.ListingWalk}.
 */
package org.tidewatch.crawler.collect;
