package org.tidewatch.app.runtime;

import java.nio.file.Path;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.crawler.evidence.WarcEvidenceStore;
import org.tidewatch.index.LucenePostIndex;
import org.tidewatch.index.PostIndex;
import org.tidewatch.rules.Rules;

/** Chooses and builds the implementation of each stage from the configuration. */
final class Stages {
    private Stages() {
    }

    static EvidenceStore evidence(Path dataDir, Database db) {
        return WarcEvidenceStore.open(dataDir);
    }

    static PostIndex index(Path dataDir, TidewatchConfig config) {
        return LucenePostIndex.open(dataDir.resolve("index"), config.index());
    }

    static Rules rules(Database db, TidewatchConfig config) {
        return Rules.open(db, config.rules(), config.delivery(), config.index());
    }
}
