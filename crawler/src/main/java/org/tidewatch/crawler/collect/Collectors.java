package org.tidewatch.crawler.collect;

import org.tidewatch.core.SourceConfig;
import org.tidewatch.crawler.Collector;
import org.tidewatch.crawler.collect.html.HtmlCollector;
import org.tidewatch.crawler.collect.mastodon.MastodonCollector;
import org.tidewatch.crawler.collect.rss.RssCollector;
import org.tidewatch.crawler.collect.telegram.TelegramCollector;
import org.tidewatch.crawler.fetch.Fetcher;

/** Picks the collector of a source type. */
public final class Collectors {
    private Collectors() {
    }

    /**
     * The collector for a type of {@link SourceConfig#TYPES}, fetching through the given (shared) fetcher.
     *
     * @throws IllegalArgumentException for an unknown type, naming it
     */
    public static Collector forType(String type, Fetcher fetcher) {
        return switch (type) {
            case "telegram" -> new TelegramCollector(fetcher);
            case "html" -> new HtmlCollector(fetcher);
            case "rss" -> new RssCollector(fetcher);
            case "mastodon" -> new MastodonCollector(fetcher);
            default -> throw new IllegalArgumentException("no collector for source type '" + type + "'; known: "
                    + SourceConfig.TYPES);
        };
    }
}
