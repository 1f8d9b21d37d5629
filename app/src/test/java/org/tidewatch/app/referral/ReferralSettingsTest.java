package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
                "I believe this in good faith.", "Liaison Unit", "liaison@police.example", Duration.ofHours(24)));
        assertThat(s.notice()).isEqualTo(new DsaNotice("They sell crossings.", "Liaison Unit", "liaison@police.example",
                "I believe this in good faith."));
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
