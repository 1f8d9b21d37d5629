package org.tidewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.config.ConfigException;

class TidewatchConfigTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("tw.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static final String GOOD_SOURCE = """
            sources:
              - id: ch1
                type: telegram
                url: https://t.me/s/example
                schedule: "0 */15 * * * ?"
            """;

    @Test
    void readsSourcesWithDocumentedDefaults() throws IOException {
        TidewatchConfig c = TidewatchConfig.load(write(GOOD_SOURCE));
        SourceConfig s = c.sources().get(0);
        assertThat(s.platform()).isEqualTo("telegram");
        assertThat(s.historyDays()).isEqualTo(30);
        assertThat(s.maxPages()).isEqualTo(20);
        assertThat(s.minDelayMs()).isEqualTo(1000);
        assertThat(s.ignoreRobots()).isFalse();
        assertThat(s.enabled()).isTrue();
        assertThat(c.server().host()).isEqualTo("127.0.0.1");
        assertThat(c.server().port()).isEqualTo(8080);
    }

    @Test
    void platformFromConfigOverridesType() throws IOException {
        TidewatchConfig c = TidewatchConfig.load(write(GOOD_SOURCE + "    platform: facebook\n"));
        assertThat(c.sources().get(0).platform()).isEqualTo("facebook");
    }

    @Test
    void rejectsUnknownKeyNamingFileAndKey() throws IOException {
        Path f = write(GOOD_SOURCE + "    shedule_typo: 1\n");
        assertThatThrownBy(() -> TidewatchConfig.load(f)).isInstanceOf(ConfigException.class)
                .hasMessage(f + ": sources[0].shedule_typo: unknown key");
    }

    @Test
    void rejectsUnknownTopLevelKey() throws IOException {
        Path f = write("sorces: []\n");
        assertThatThrownBy(() -> TidewatchConfig.load(f)).hasMessage(f + ": sorces: unknown key");
    }

    @Test
    void rejectsMissingRequiredField() throws IOException {
        Path f = write("""
                sources:
                  - id: ch1
                    type: rss
                    schedule: "0 0 * * * ?"
                """);
        assertThatThrownBy(() -> TidewatchConfig.load(f)).hasMessage(f + ": sources[0].url: is required");
    }

    @Test
    void rejectsBadCronExpression() throws IOException {
        Path f = write(GOOD_SOURCE.replace("0 */15 * * * ?", "every hour"));
        assertThatThrownBy(() -> TidewatchConfig.load(f))
                .hasMessage(f + ": sources[0].schedule: not a valid Quartz cron expression: 'every hour' (e.g. '0 */15 * * * ?')");
    }

    @Test
    void rejectsUnknownType() throws IOException {
        Path f = write(GOOD_SOURCE.replace("type: telegram", "type: twitter"));
        assertThatThrownBy(() -> TidewatchConfig.load(f))
                .hasMessage(f + ": sources[0].type: must be one of telegram, html, rss, mastodon, not 'twitter'");
    }

    @Test
    void rejectsBadNumbersBooleansAndRegions() throws IOException {
        Path a = write(GOOD_SOURCE + "    max_pages: lots\n");
        assertThatThrownBy(() -> TidewatchConfig.load(a)).hasMessage(a + ": sources[0].max_pages: must be a whole number, not 'lots'");
        Path b = write(GOOD_SOURCE + "    ignore_robots: maybe\n");
        assertThatThrownBy(() -> TidewatchConfig.load(b)).hasMessage(b + ": sources[0].ignore_robots: must be true or false, not 'maybe'");
        Path c = write(GOOD_SOURCE + "    region: XX\n");
        assertThatThrownBy(() -> TidewatchConfig.load(c)).hasMessage(c + ": sources[0].region: must be an ISO 3166-1 alpha-2 country code, not 'XX'");
        Path d = write(GOOD_SOURCE + "    history_days: 0\n");
        assertThatThrownBy(() -> TidewatchConfig.load(d)).hasMessage(d + ": sources[0].history_days: must be between 1 and 3650, not 0");
    }

    @Test
    void rejectsHtmlSourceWithoutItemSelector() throws IOException {
        Path f = write("""
                sources:
                  - id: ads
                    type: html
                    url: http://ads.example.org/list
                    schedule: "0 0 * * * ?"
                    selectors: {text: ".body"}
                """);
        assertThatThrownBy(() -> TidewatchConfig.load(f)).hasMessage(f + ": sources[0].selectors.item: is required for an html source");
    }

    @Test
    void rejectsDuplicateIdsAndBadUrls() throws IOException {
        Path f = write(GOOD_SOURCE + GOOD_SOURCE.replace("sources:\n", ""));
        assertThatThrownBy(() -> TidewatchConfig.load(f)).hasMessage(f + ": sources[1].id: duplicate source id 'ch1'");
        Path g = write(GOOD_SOURCE.replace("https://t.me/s/example", "ftp://t.me/x"));
        assertThatThrownBy(() -> TidewatchConfig.load(g)).hasMessage(g + ": sources[0].url: must be an absolute http/https URL, not 'ftp://t.me/x'");
    }

    @Test
    void reportsYamlSyntaxErrorWithLine() throws IOException {
        Path f = write("sources:\n  - id: [unclosed\n");
        assertThatThrownBy(() -> TidewatchConfig.load(f)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":").hasMessageContaining(": not valid YAML: ")
                .hasMessageContaining("expected ',' or ']'").hasMessageNotContaining("\n");
    }

    @Test
    void reportsMissingFile() {
        Path f = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> TidewatchConfig.load(f)).hasMessage(f + ": no such configuration file");
    }

    @Test
    void shippedConfigIsValid() {
        TidewatchConfig c = TidewatchConfig.load(Path.of("..", "config", "tidewatch.yaml"));
        assertThat(c.server().port()).isEqualTo(8080);
    }
}
