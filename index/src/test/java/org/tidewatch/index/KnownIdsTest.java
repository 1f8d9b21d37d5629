package org.tidewatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownIdsTest {
    @Test
    void anIdIsUnseenOnlyTheFirstTimeEvenPastTheFirstFiltersCapacity() {
        KnownIds known = KnownIds.empty(0);
        int ids = 1_300_000; // more than the first filter holds: a second one takes the rest
        for (int i = 0; i < ids; i++) {
            assertThat(known.add("telegram:" + i) && i < 1000).as("id %d", i).isFalse(); // the first few: surely unseen
        }
        for (int i = 0; i < ids; i += 7) {
            assertThat(known.add("telegram:" + i)).as("id %d again", i).isTrue();
        }
    }

    @Test
    void fewUnseenIdsAreTakenForSeen() {
        KnownIds known = KnownIds.empty(0);
        for (int i = 0; i < 500_000; i++) {
            known.add("facebook:page/" + i);
        }
        int taken = 0;
        int asked = 100_000;
        for (int i = 0; i < asked; i++) {
            if (known.add("x:" + i)) {
                taken++;
            }
        }
        assertThat(taken).as("false positives of %d", asked).isLessThan(asked / 100);
    }

    @Test
    void theFilterOfAnIndexHoldsEveryIdInIt(@TempDir Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 3000; i++) {
                Document doc = new Document();
                doc.add(new StringField("id", "tiktok:vid/" + i, Field.Store.NO));
                w.addDocument(doc);
                if (i % 1000 == 999) {
                    w.commit(); // several segments
                }
            }
            w.deleteDocuments(new Term("id", "tiktok:vid/5"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                KnownIds known = KnownIds.of(reader);
                for (int i = 0; i < 3000; i++) {
                    assertThat(known.add("tiktok:vid/" + i)).as("id %d", i).isTrue();
                }
            }
        }
    }
}
