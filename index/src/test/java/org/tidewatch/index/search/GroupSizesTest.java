package org.tidewatch.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.tidewatch.index.schema.Fields;

class GroupSizesTest {
    private static void add(IndexWriter w, String id, String group) throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.ID, id, Field.Store.NO));
        d.add(new StringField(Fields.DUP_GROUP, group, Field.Store.NO));
        w.addDocument(d);
    }

    @Test
    void countsEachGroupsLivePostsAcrossSegments() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                add(w, "a1", "tg:a1");
                add(w, "a2", "tg:a1");
                add(w, "b1", "fb:b1");
                add(w, "ü1", "vk:ü1");
                w.commit(); // a second segment
                add(w, "a3", "tg:a1");
                add(w, "c1", "tg:c1");
                add(w, "ü2", "vk:ü1");
                w.deleteDocuments(new Term(Fields.ID, "a2"));
                w.deleteDocuments(new Term(Fields.ID, "c1"));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(2);

                Map<String, Integer> sizes = GroupSizes.of(reader,
                        Arrays.asList("vk:ü1", "tg:a1", "fb:b1", "tg:c1", "none", null, "tg:a1"));

                assertThat(sizes).as("deleted posts not counted, groups with no live post absent")
                        .isEqualTo(Map.of("tg:a1", 2, "fb:b1", 1, "vk:ü1", 2));
                assertThat(GroupSizes.of(reader, List.of())).isEmpty();
            }
        }
    }

    @Test
    void sizesAddThePostThatStartedEachGroupOnThePageOrLookedUp() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                founder(w, "f1"); // started f1, joined by j1 and j2
                add(w, "j1", "f1");
                add(w, "j2", "f1");
                founder(w, "f2"); // started f2, alone
                founder(w, "f3"); // started f3, deleted; j3 joined it
                add(w, "j3", "f3");
                w.deleteDocuments(new Term(Fields.ID, "f3"));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, Integer> sizes = GroupSizes.sizes(reader, Map.of("f1", false, "f2", true, "f3", false));

                assertThat(sizes).as("f1's founder looked up, f2's on the page, f3's deleted")
                        .isEqualTo(Map.of("f1", 3, "f2", 1, "f3", 1));
            }
        }
    }

    /** A post in the group it started: no group field, its id names the group. */
    private static void founder(IndexWriter w, String id) throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.ID, id, Field.Store.NO));
        w.addDocument(d);
    }
}
