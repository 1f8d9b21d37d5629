package org.tidewatch.crawler.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EvidenceRef;
import org.tidewatch.core.Post;

class PostJsonTest {
    @Test
    void roundTripsEveryFieldWithIsoInstants() {
        Post post = EvidenceFixtures.post("9", "line one\nline two — نص", new EvidenceRef("f.warc.gz", "urn:uuid:1", "ab"));
        byte[] json = PostJson.write(post);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"collectedAt\":\"2026-03-03T10:15:30.123456Z\"");
        assertThat(PostJson.read(json)).isEqualTo(post);
    }

    @Test
    void rejectsJsonThatIsNotAPostNamingTheProblem() {
        assertThatThrownBy(() -> PostJson.read("{\"id\":\"x\",\"platform\":\"html\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid post: ")
                .hasMessageContaining("sourceId must not be blank");
    }
}
