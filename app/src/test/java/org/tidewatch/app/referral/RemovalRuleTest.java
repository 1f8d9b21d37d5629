package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidewatch.crawler.fetch.FetchFailure;
import org.tidewatch.crawler.fetch.FetchResult;

class RemovalRuleTest {
    private static FetchResult page(String url, int status, String html) {
        return new FetchResult(url, url, status, Map.of(), html.getBytes(StandardCharsets.UTF_8), false, "UTF-8", html,
                null, null, 1);
    }

    @Test
    void choosesTheRuleByPlatformWithTheStatusRuleAsFallback() {
        assertThat(RemovalRule.forPlatform("Telegram")).isInstanceOf(TelegramRemovalRule.class);
        assertThat(RemovalRule.forPlatform("tiktok")).isInstanceOf(MarkerRemovalRule.class);
        assertThat(RemovalRule.forPlatform("classifieds")).isInstanceOf(StatusRemovalRule.class);
        assertThat(RemovalRule.forPlatform(null)).isInstanceOf(StatusRemovalRule.class);
    }

    @Test
    void tiktokAndXUnavailablePagesAreRemovedAndLivePagesAreNot() {
        assertThat(RemovalRule.forPlatform("tiktok").removal(page("https://tiktok.example/v/1", 200,
                "<p>Video currently unavailable</p>"))).contains("soft 404: HTTP 200 page says \"video currently unavailable\"");
        assertThat(RemovalRule.forPlatform("x").removal(page("https://x.example/a/status/1", 200,
                "<span>Hmm...this page doesn’t exist. Try searching for something else.</span>"))).isPresent();
        assertThat(RemovalRule.forPlatform("x").removal(page("https://x.example/a/status/1", 200,
                "<article>Boat to Lampedusa on Friday</article>"))).isEmpty();
    }

    @Test
    void aPlainTelegramPostPageWithoutWidgetMarkupIsStillOnline() {
        assertThat(RemovalMarkers.DEFAULTS.rule("telegram").removal(page("https://t.example/example_ch/7", 200,
                "<meta property=\"og:description\" content=\"Boat on Friday\">"))).isEmpty();
        assertThat(RemovalMarkers.DEFAULTS.rule("telegram").removal(page("https://t.example/s/example_ch/7", 200,
                "<div class=\"tgme_channel_info\"></div>"))).contains("soft 404: HTTP 200 preview page shows no message");
    }

    @Test
    void configuredMarkersDecideForTheirPlatformAndTheDefaultsNoLonger() {
        RemovalMarkers markers = RemovalMarkers.fromConfig(new org.tidewatch.core.config.ConfigNode("tw.yaml", "referral",
                Map.of("removal_markers", List.of(
                        Map.of("platform", "telegram", "markers", List.of("Beitrag nicht gefunden")),
                        Map.of("platform", "classifieds", "markers", List.of("This ad has expired"))))), "removal_markers");
        assertThat(markers.rule("telegram").removal(page("https://t.example/example_ch/7", 200,
                "<div>Beitrag nicht gefunden</div>"))).contains("soft 404: HTTP 200 page says \"beitrag nicht gefunden\"");
        assertThat(markers.rule("telegram").removal(page("https://t.example/example_ch/7", 200, "<div>Post not found</div>")))
                .isEmpty();
        assertThat(markers.rule("telegram").removal(page("https://t.example/s/example_ch/7", 200, "<div></div>")))
                .contains("soft 404: HTTP 200 preview page shows no message");
        assertThat(markers.rule("Classifieds").removal(page("https://ads.example/1", 200, "<h1>This ad has expired</h1>")))
                .contains("soft 404: HTTP 200 page says \"this ad has expired\"");
        assertThat(markers.rule("Classifieds").removal(page("https://ads.example/1", 200, "<h1>Boat from Sfax</h1>"))).isEmpty();
        assertThat(markers.rule("forum")).isInstanceOf(StatusRemovalRule.class);
    }

    @Test
    void aMarkerOnAnErrorResponseIsNotARemovalAnd410Is() {
        FetchResult unavailable = new FetchResult("https://fb.example/p/1", null, 503, Map.of(), null, false, "UTF-8",
                "This content isn't available", null, new FetchFailure("http_5xx", "HTTP 503"), 1);
        assertThat(RemovalRule.forPlatform("facebook").removal(unavailable)).isEqualTo(Optional.empty());
        assertThat(RemovalRule.forPlatform("facebook").removal(page("https://fb.example/p/1", 410, "")))
                .contains("HTTP 410");
    }
}
