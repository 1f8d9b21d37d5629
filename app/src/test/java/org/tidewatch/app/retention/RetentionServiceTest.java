package org.tidewatch.app.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditEntry;
import org.tidewatch.app.audit.AuditFilter;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.core.time.MutableClock;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;
import org.tidewatch.core.store.Database;

class RetentionServiceTest {
    /** An index of posts by id: collected-at time and whether it is an offer. */
    private static final class FakeIndex implements PostRetentionTarget {
        record Doc(Instant collected, boolean offer) {
        }

        final Map<String, Doc> docs = new TreeMap<>();
        final List<List<String>> deletions = new ArrayList<>();

        @Override
        public List<String> expiredPostIds(Instant offerCutoff, Instant nonOfferCutoff) {
            return docs.entrySet().stream()
                    .filter(e -> e.getValue().collected().isBefore(e.getValue().offer() ? offerCutoff : nonOfferCutoff))
                    .map(Map.Entry::getKey).toList();
        }

        @Override
        public void delete(List<String> ids) {
            deletions.add(ids);
            ids.forEach(docs::remove);
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Database db = Database.inMemory("retention-" + UUID.randomUUID());
    private final AuditLog audit = new AuditLog(db, clock);
    private final FakeIndex index = new FakeIndex();
    private final RetentionSettings settings = new RetentionSettings(true, Duration.ofDays(365), Duration.ofDays(30));

    @AfterEach
    void close() {
        db.close();
    }

    private void collectNow(String id, boolean offer) {
        index.docs.put(id, new FakeIndex.Doc(clock.instant(), offer));
    }

    @Test
    void nonOffersGoAfterTheirShorterPeriodAndOffersAfterTheirs() {
        collectNow("offer-1", true);
        collectNow("chatter-1", false);
        RetentionService service = new RetentionService(settings, index, ReferencedPosts.NONE, audit);

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(service.purge(clock).deleted()).isZero();
        clock.advance(Duration.ofSeconds(2));
        PurgeResult first = service.purge(clock);
        assertThat(first.deleted()).isEqualTo(1);
        assertThat(index.docs).containsOnlyKeys("offer-1");

        clock.advance(Duration.ofDays(335));
        assertThat(service.purge(clock).deleted()).isEqualTo(1);
        assertThat(index.docs).isEmpty();
    }

    @Test
    void referencedPostsAreKeptAndCounted() {
        collectNow("offer-in-report", true);
        collectNow("chatter-in-case", false);
        collectNow("chatter", false);
        ReferencedPosts reports = ids -> ids.contains("offer-in-report") ? Set.of("offer-in-report") : Set.of();
        ReferencedPosts cases = ids -> ids.contains("chatter-in-case") ? Set.of("chatter-in-case") : Set.of();
        RetentionService service = new RetentionService(settings, index, ReferencedPosts.anyOf(List.of(reports, cases)),
                audit);
        clock.advance(Duration.ofDays(400));
        PurgeResult r = service.purge(clock);
        assertThat(r).isEqualTo(new PurgeResult(PurgeResult.Status.DONE, Instant.parse("2026-02-05T00:00:00Z"),
                Instant.parse("2027-01-06T00:00:00Z"), 3, 2, 1, null));
        assertThat(index.deletions).containsExactly(List.of("chatter"));
        assertThat(index.docs).containsOnlyKeys("offer-in-report", "chatter-in-case");
    }

    @Test
    void eachPurgeIsWrittenToTheAuditTrail() {
        collectNow("chatter", false);
        RetentionService service = new RetentionService(settings, index, ReferencedPosts.NONE, audit);
        clock.advance(Duration.ofDays(31));
        service.purge(clock);
        service.purge(clock);
        List<AuditEntry> purges = audit.list(new AuditFilter(RetentionService.ACTOR, null, AuditAction.PURGE, 10));
        assertThat(purges).extracting(AuditEntry::results).containsExactly(1, 0);
        assertThat(purges.get(0).target()).isEqualTo("offers before 2025-02-01T00:00:00Z, non-offers before "
                + "2026-01-02T00:00:00Z; kept 0 referenced");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void offByDefaultDeletesNothingAndLogsNothing() {
        collectNow("chatter", false);
        RetentionSettings off = RetentionSettings.fromConfig(new ConfigNode("tidewatch.yaml", "retention", Map.of()));
        assertThat(off.enabled()).isFalse();
        clock.advance(Duration.ofDays(10_000));
        PurgeResult r = new RetentionService(off, index, ReferencedPosts.NONE, audit).purge(clock);
        assertThat(r.status()).isEqualTo(PurgeResult.Status.DISABLED);
        assertThat(index.docs).containsOnlyKeys("chatter");
        assertThat(audit.list(AuditFilter.ALL)).isEmpty();
    }

    @Test
    void failingDeleteIsReportedAndAudited() {
        collectNow("chatter", false);
        PostRetentionTarget broken = new PostRetentionTarget() {
            @Override
            public List<String> expiredPostIds(Instant offerCutoff, Instant nonOfferCutoff) {
                return List.of("chatter");
            }

            @Override
            public void delete(List<String> ids) {
                throw new IllegalStateException("index is read-only");
            }
        };
        PurgeResult r = new RetentionService(settings, broken, ReferencedPosts.NONE, audit).purge(clock);
        assertThat(r.status()).isEqualTo(PurgeResult.Status.FAILED);
        assertThat(r.failure()).isEqualTo("IllegalStateException: index is read-only");
        assertThat(audit.list(AuditFilter.ALL)).singleElement()
                .satisfies(e -> assertThat(e.target()).endsWith("; FAILED: IllegalStateException: index is read-only"));
    }

    @Test
    void settingsReadPeriodsAndSwitchOnWhenOneIsGiven() {
        RetentionSettings s = RetentionSettings.fromConfig(new ConfigNode("tidewatch.yaml", "retention",
                Map.of("non_offers_days", 14)));
        assertThat(s).isEqualTo(new RetentionSettings(true, Duration.ofDays(730), Duration.ofDays(14)));
        RetentionSettings explicitOff = RetentionSettings.fromConfig(new ConfigNode("tidewatch.yaml", "retention",
                Map.of("enabled", false, "offers_days", 90)));
        assertThat(explicitOff.enabled()).isFalse();
    }

    @Test
    void settingsRejectUnknownKeysAndBadValuesNamingThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetentionSettings.fromConfig(
                        new ConfigNode("tidewatch.yaml", "retention", Map.of("offer_days", 90))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("tidewatch.yaml: retention.offer_days: unknown key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RetentionSettings.fromConfig(
                        new ConfigNode("tidewatch.yaml", "retention", Map.of("offers_days", 0))))
                .hasMessage("tidewatch.yaml: retention.offers_days: must be between 1 and 36500, not 0");
    }
}
