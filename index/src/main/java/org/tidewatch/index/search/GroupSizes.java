package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.index.query.GroupQueries;
import org.tidewatch.index.schema.Fields;

/**
 * How many live posts each near-duplicate group of a page holds: those that joined it (holding its
 * {@link Fields#DUP_GROUP} term), counted by one terms enumeration per segment that walks the page's groups in term
 * order, plus the post that started it, which has no group field (see {@link GroupQueries}).
 */
final class GroupSizes {
    private GroupSizes() {
    }

    /**
     * The size of each group.
     *
     * @param startedOnPage each group's name, and whether the post that started it is one of the page's hits (then it
     *                      is live and in it, counted without a look-up)
     */
    static Map<String, Integer> sizes(IndexReader reader, Map<String, Boolean> startedOnPage) throws IOException {
        Map<String, Integer> joined = of(reader, startedOnPage.keySet());
        Map<String, Integer> sizes = new HashMap<>();
        for (Map.Entry<String, Boolean> group : startedOnPage.entrySet()) {
            String name = group.getKey();
            boolean founder = group.getValue() || GroupQueries.founderIn(reader, name);
            sizes.put(name, joined.getOrDefault(name, 0) + (founder ? 1 : 0));
        }
        return sizes;
    }

    /** The number of live posts holding each group's term (groups none holds are absent). */
    static Map<String, Integer> of(IndexReader reader, Collection<String> groups) throws IOException {
        List<BytesRef> sorted = new ArrayList<>(groups.stream().filter(Objects::nonNull).distinct().map(BytesRef::new).toList());
        sorted.sort(null); // term (UTF-8 byte) order: each seek then moves forward from the last
        int[] counts = new int[sorted.size()];
        PostingsEnum postings = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.DUP_GROUP);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            for (int k = 0; k < counts.length; k++) {
                if (!te.seekExact(sorted.get(k))) {
                    continue;
                }
                if (live == null) {
                    counts[k] += te.docFreq();
                } else {
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        counts[k] += live.get(d) ? 1 : 0;
                    }
                }
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                sizes.put(sorted.get(k).utf8ToString(), counts[k]);
            }
        }
        return sizes;
    }
}
