package org.tidewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.index.dedup.DuplicateGroups;
import org.tidewatch.index.dedup.Signature;
import org.tidewatch.index.schema.Fields;

/** Refills the near-duplicate window from the newest indexed posts when an index is opened. */
final class DuplicateWindow {
    private DuplicateWindow() {
    }

    static DuplicateGroups load(SearcherManager searchers, int window) throws IOException {
        DuplicateGroups groups = new DuplicateGroups(window);
        IndexSearcher searcher = searchers.acquire();
        try {
            if (searcher.getIndexReader().numDocs() == 0) {
                return groups;
            }
            TopDocs newest = searcher.search(new MatchAllDocsQuery(), window,
                    new Sort(new SortField(Fields.TIME, SortField.Type.LONG, true)));
            List<ScoreDoc> oldestFirst = new ArrayList<>(List.of(newest.scoreDocs));
            java.util.Collections.reverse(oldestFirst);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : oldestFirst) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                int doc = sd.doc - leaf.docBase;
                BinaryDocValues sigs = leaf.reader().getBinaryDocValues(Fields.SIGNATURE);
                if (sigs == null || !sigs.advanceExact(doc)) {
                    continue;
                }
                BytesRef b = sigs.binaryValue();
                SortedDocValues ids = leaf.reader().getSortedDocValues(Fields.ID);
                SortedDocValues dup = leaf.reader().getSortedDocValues(Fields.DUP_GROUP);
                if (ids.advanceExact(doc) && dup.advanceExact(doc)) {
                    groups.add(ids.lookupOrd(ids.ordValue()).utf8ToString(),
                            Signature.fromBytes(b.bytes, b.offset, b.length), dup.lookupOrd(dup.ordValue()).utf8ToString());
                }
            }
            return groups;
        } finally {
            searchers.release(searcher);
        }
    }
}
