package org.tidewatch.crawler.evidence;

import java.nio.file.Path;
import java.time.Clock;
import org.tidewatch.core.EvidenceRef;

/**
 * A child process for {@link KillNineTest}: records exchanges and posts as fast as it can and prints
 * {@code ACK <post id> <warc file> <record id>} once each post is acknowledged by the store, until it is killed.
 */
public final class EvidenceWriterProcess {
    private EvidenceWriterProcess() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String run = args[1];
        WarcEvidenceStore store = WarcEvidenceStore.openDirectory(dir, 16 * 1024, Clock.systemUTC());
        byte[] page = EvidenceFixtures.channelPage();
        for (int i = 0; i < 1_000_000; i++) {
            String id = run + "-" + i;
            EvidenceRef ref = store.recordExchange(EvidenceFixtures.exchange("https://example.org/" + id, page));
            store.recordPost(EvidenceFixtures.post(id, "post " + id, ref));
            System.out.println("ACK html:" + id + " " + ref.warcFile() + " " + ref.recordId());
            System.out.flush();
        }
    }
}
