package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

class ReferralSettingsTest {
    @TempDir
    Path dir;

    private static ReferralSettings read(Map<String, Object> values) {
        return ReferralSettings.fromConfig(new ConfigNode("tidewatch.yaml", "referral", values));
    }

    @Test
    void readsConfiguredTextsNotifierAndInterval() {
        ReferralSettings s = read(Map.of("legal_basis", "Example Act, s. 12", "explanation", "They sell crossings.",
                "good_faith_statement", "I believe this in good faith.", "notifier_name", "Liaison Unit",
                "notifier_email", "liaison@police.example", "recheck_interval_hours", 24));
        assertThat(s).isEqualTo(new ReferralSettings("Example Act, s. 12", "They sell crossings.",
                "I believe this in good faith.", "Liaison Unit", "liaison@police.example", Duration.ofHours(24),
                RemovalMarkers.DEFAULTS));
        assertThat(s.notice()).isEqualTo(new DsaNotice("They sell crossings.", "Liaison Unit", "liaison@police.example",
                "I believe this in good faith."));
    }

    @Test
    void configuredRemovalMarkersReplaceAPlatformsDefaultsAndAddPlatforms() {
        ReferralSettings s = read(Map.of("removal_markers", List.of(
                Map.of("platform", "TikTok", "markers", List.of("Dieses Video ist nicht verfügbar")),
                Map.of("platform", "classifieds", "markers", List.of("Anzeige wurde gelöscht", "ad expired")))));
        Map<String, List<String>> m = s.removalMarkers().byPlatform();
        assertThat(m.get("tiktok")).containsExactly("Dieses Video ist nicht verfügbar");
        assertThat(m.get("classifieds")).containsExactly("Anzeige wurde gelöscht", "ad expired");
        assertThat(m.get("telegram")).isEqualTo(RemovalMarkers.DEFAULTS.byPlatform().get("telegram"));
        assertThat(m.get("x")).contains("this post is unavailable");
    }

    @Test
    void badRemovalMarkersFailNamingTheEntry() {
        assertThatThrownBy(() -> read(Map.of("removal_markers", List.of(Map.of("markers", List.of("gone"))))))
                .isInstanceOf(ConfigException.class).hasMessage("tidewatch.yaml: referral.removal_markers[0].platform: is required");
        assertThatThrownBy(() -> read(Map.of("removal_markers", List.of(Map.of("platform", "x", "markers", List.of())))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: referral.removal_markers[0].markers: must list at least one text");
        assertThatThrownBy(() -> read(Map.of("removal_markers", List.of(Map.of("platform", "x", "markers", List.of("gone", " "))))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: referral.removal_markers[0].markers: must not hold a blank text: [gone,  ]");
        assertThatThrownBy(() -> read(Map.of("removal_markers", List.of(Map.of("platform", "x", "markers", List.of("a")),
                Map.of("platform", "X", "markers", List.of("b"))))))
                .isInstanceOf(ConfigException.class).hasMessage("tidewatch.yaml: referral.removal_markers[1].platform: 'x' is listed twice");
        assertThatThrownBy(() -> read(Map.of("removal_markers", List.of(Map.of("platform", "x", "marker", List.of("a"))))))
                .isInstanceOf(ConfigException.class).hasMessage("tidewatch.yaml: referral.removal_markers[0].markers: must list at least one text");
        assertThatThrownBy(() -> read(Map.of("removal_markers", "gone"))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: referral.removal_markers: must be a list");
    }

    @Test
    void anAbsentSectionGivesTheDefaultsWithoutNotifier() {
        assertThat(read(Map.of())).isEqualTo(ReferralSettings.DEFAULTS);
        assertThat(ReferralSettings.DEFAULTS.recheckInterval()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void theShippedConfigDocumentsExactlyTheDefaults() {
        assertThat(TidewatchConfig.load(Path.of("..", "config", "tidewatch.yaml")).referral())
                .isEqualTo(ReferralSettings.DEFAULTS);
    }

    @Test
    void rejectsUnknownKeyNamingFileAndKey() throws Exception {
        Path file = dir.resolve("tw.yaml");
        Files.writeString(file, "sources: []\nreferral:\n  legal_basis: Example Act\n  notifier_mail: a@police.example\n");
        assertThatThrownBy(() -> TidewatchConfig.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("referral.notifier_mail");
    }

    @Test
    void rejectsBadValuesNamingTheKey() {
        assertThatThrownBy(() -> read(Map.of("recheck_interval_hours", 0))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("tidewatch.yaml: referral.recheck_interval_hours: ");
        assertThatThrownBy(() -> read(Map.of("recheck_interval_hours", "often"))).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("tidewatch.yaml: referral.recheck_interval_hours: ");
        assertThatThrownBy(() -> read(Map.of("notifier_email", "liaison at police"))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: referral.notifier_email: is not an e-mail address: 'liaison at police'");
        assertThatThrownBy(() -> read(Map.of("legal_basis", " "))).isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: referral.legal_basis: must not be blank");
    }

    @Test
    void aNotifierGivenPerReportOverridesTheConfiguredOneAndBlankKeepsIt() {
        ReferralSettings configured = read(Map.of("notifier_name", "Liaison Unit", "notifier_email", "liaison@police.example"));
        assertThat(configured.withNotifier("Desk 2", null).notice().notifierName()).isEqualTo("Desk 2");
        assertThat(configured.withNotifier(" ", "desk2@police.example").notice())
                .extracting(DsaNotice::notifierName, DsaNotice::notifierEmail)
                .containsExactly("Liaison Unit", "desk2@police.example");
    }

    @Test
    void aNoticeWithoutAnyNotifierFailsWithOneLineSayingWhereToGiveIt() {
        assertThatThrownBy(() -> ReferralSettings.DEFAULTS.withNotifier(null, null).notice())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the DSA notice needs the notifier's name: give it with the report (--notifier-name/"
                        + "--notifier-email, or notifier_name/notifier_email in the request) or set "
                        + "referral.notifier_name in the configuration");
        assertThatThrownBy(() -> ReferralSettings.DEFAULTS.withNotifier("Liaison Unit", null).notice())
                .hasMessageContaining("needs the notifier's e-mail").hasMessageContaining("referral.notifier_email");
    }
}
