package org.tidewatch.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidewatch.core.Post;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.cursor.CursorStore;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import org.tidewatch.crawler.fetch.FetchSettings;
import org.tidewatch.crawler.fetch.HttpFetcher;
import org.tidewatch.crawler.run.RunReport;
import org.tidewatch.crawler.run.SourceRun;

/** The bundled sample site parses with the real collectors into the posts it holds. */
class DemoSourcesCollectTest {
    @TempDir
    Path dir;

    @Test
    void everySampleSourceYieldsItsPostsWithAuthorsDatesAndEvidence() throws Exception {
        try (SampleSite site = SampleSite.start(Clock.systemUTC());
             Database db = Database.inMemory("demo-collect");
             WarcEvidenceStore evidence = WarcEvidenceStore.open(dir)) {
            SourceRun run = new SourceRun(new HttpFetcher(FetchSettings.defaults(), evidence), new CursorStore(db), evidence);
            List<Post> all = new ArrayList<>();
            for (SourceConfig s : DemoSources.pointedAt(site.baseUrl())) {
                RunReport r = run.run(s, all::addAll);
                assertThat(r.failures()).as(s.id()).isEmpty();
            }
            assertThat(all).hasSize(35);
            assertThat(all).allSatisfy(p -> {
                assertThat(p.evidence()).isNotNull();
                assertThat(p.publishedAt()).as(p.id()).isNotNull();
                assertThat(p.author()).as(p.id()).isNotBlank();
                assertThat(p.text()).as(p.id()).isNotBlank();
            });
            assertThat(all).extracting(Post::platform).containsOnly("telegram", "classifieds", "forum", "mastodon");
            Post zuwara = all.stream().filter(p -> p.id().equals("telegram:demo_rihla/122")).findFirst().orElseThrow();
            assertThat(zuwara.text()).startsWith("🚤 رحلة جديدة من زوارة إلى لامبيدوزا").contains("\n");
            // a second run finds nothing new
            List<Post> again = new ArrayList<>();
            for (SourceConfig s : DemoSources.pointedAt(site.baseUrl())) {
                run.run(s, again::addAll);
            }
            assertThat(again).isEmpty();
        }
    }
}
