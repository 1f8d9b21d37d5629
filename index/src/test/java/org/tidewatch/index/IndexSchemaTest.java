package org.tidewatch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexSchemaTest {
    /** An index of one post with a field of an older schema and the commit data that older version wrote. */
    private static void writeOldIndex(Path dir, Field oldField, Map<String, String> commitData) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "telegram:1", Field.Store.YES));
            doc.add(oldField);
            w.addDocument(doc);
            w.setLiveCommitData(commitData.entrySet());
            w.commit();
        }
    }

    @Test
    void anIndexWrittenWithTheOldSchemaIsRefusedWithTheCommandThatRebuildsIt(@TempDir Path dir) throws IOException {
        writeOldIndex(dir, new TextField("folded", "boat tonight", Field.Store.NO),
                Map.of("committed_through", "2026-01-01T00:00:00Z"));
        assertThatThrownBy(() -> LucenePostIndex.open(dir, IndexSettings.defaults()))
                .isInstanceOf(IndexSchemaException.class)
                .hasMessageStartingWith("the index in " + dir + " was built")
                .hasMessageContaining("older Tidewatch (schema 1, this version reads " + LucenePostIndex.SCHEMA_VERSION)
                .hasMessageContaining("tidewatch reindex");
        // refused without touching it: the old index is still there for the rebuild to replace
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            assertThat(w.getDocStats().numDocs).isEqualTo(1);
        }
    }

    /** Schema 2 had keywords in fields of their own, schema 3 indexed urls in the keyword field. */
    @ParameterizedTest(name = "schema {0}")
    @CsvSource(delimiter = '|', value = {"2|platform|telegram", "3|kw|url=https://example.org/telegram/1"})
    void anIndexOfAnOlderNumberedSchemaIsRefused(String schema, String field, String value, @TempDir Path dir)
            throws IOException {
        writeOldIndex(dir, new StringField(field, value, Field.Store.NO), Map.of("schema", schema));
        assertThatThrownBy(() -> LucenePostIndex.open(dir, IndexSettings.defaults()))
                .isInstanceOf(IndexSchemaException.class)
                .hasMessageContaining("older Tidewatch (schema " + schema + ", this version reads 4)")
                .hasMessageContaining("tidewatch reindex");
    }

    @Test
    void anIndexOfThisSchemaReopens(@TempDir Path dir) {
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            index.upsertAll(List.of(Fixtures.simple("telegram:1", "a boat leaves tonight from the old port",
                    Instant.parse("2026-03-01T00:00:00Z"), true)));
            index.commit();
        }
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyIndexOfAnySchemaOpens(@TempDir Path dir) {
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            index.commit();
        }
        try (LucenePostIndex index = LucenePostIndex.open(dir, IndexSettings.defaults())) {
            assertThat(index.count()).isZero();
        }
    }
}
