package org.tidewatch.index.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.index.SearchHit;
import org.tidewatch.index.SearchRequest;
import org.tidewatch.index.SearchRequest.SortOrder;
import org.tidewatch.index.SearchResult;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.schema.Fields;
import org.tidewatch.index.schema.PostJson;

/**
 * Runs a parsed query on a searcher: the facet counts and the total (exact up to {@link FacetCounts#EXACT_LIMIT}
 * hits, estimated beyond), the page (sorted, after the cursor, or one per duplicate group); then the page's posts
 * are loaded, highlighted and given group sizes.
 */
public final class PostSearcher {
    private static final Set<String> LOADED = Set.of(Fields.JSON, Fields.DUP_GROUP);
    /** Pages of at least this many hits are loaded and highlighted in two halves at once. */
    private static final int PARALLEL_PAGE = 8;

    private final LanguageAnalyzers analyzers;

    public PostSearcher(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** One page of results of {@code query} (already parsed from {@code request.query()}). */
    public SearchResult search(IndexSearcher searcher, SearchRequest request, Query query) throws IOException {
        Cursor after = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.order());
        Page page;
        long total;
        boolean totalExact;
        FacetCounts facets;
        if (request.collapseDuplicates()) {
            FacetCollectorManager facetManager = new FacetCollectorManager(Fields.FACETS);
            Object[] r = searcher.search(query,
                    new MultiCollectorManager(new CollapseCollectorManager(request.order(), after, request.limit()), facetManager));
            CollapseCollectorManager.Page heads = (CollapseCollectorManager.Page) r[0];
            page = new Page(heads.heads().stream().map(CollapseCollectorManager.Head::doc).toList(),
                    heads.heads().stream().map(CollapseCollectorManager.Head::score).toList(),
                    heads.heads().stream().map(CollapseCollectorManager.Head::value).toList(), heads.more());
            total = heads.groups();
            totalExact = true;
            facets = new FacetCounts(facets(r[1]), facetManager.hits(), false);
        } else {
            // The facets (a pass over at most EXACT_LIMIT hits, then a sample that also estimates the total) and the
            // page are independent: the facets are counted on one thread while the page's slices run beside it, so
            // neither waits at the other's joins. The page only needs the competitive hits: the scorer may skip
            // whole blocks of postings whose best score cannot enter the top, and a newest-first sort skips old posts.
            List<Object> both = searcher.getTaskExecutor().invokeAll(List.<java.util.concurrent.Callable<Object>>of(
                    () -> FacetCounts.count(sequential(searcher), query, FacetCounts.EXACT_LIMIT),
                    () -> page(searcher, request, query, after)));
            facets = (FacetCounts) both.get(0);
            page = (Page) both.get(1);
            long counted = facets.approximate() ? cheapCount(searcher, query) : facets.hits();
            total = counted >= 0 ? counted : facets.hits();
            totalExact = counted >= 0;
        }
        List<SearchHit> hits = hits(searcher, request, query, page.docs(), page.scores());
        String next = null;
        if (page.more() && !hits.isEmpty()) {
            SearchHit last = hits.get(hits.size() - 1);
            next = new Cursor(request.order(), page.values().get(page.values().size() - 1), last.post().post().id()).encode();
        }
        return new SearchResult(total, hits, facets.facets(), next, totalExact, facets.approximate());
    }

    /** A page of hits in order: doc ids, scores (NaN when sorted by time), cursor values, and whether more follow. */
    private record Page(List<Integer> docs, List<Float> scores, List<Long> values, boolean more) {
    }

    private Page page(IndexSearcher searcher, SearchRequest request, Query query, Cursor after) throws IOException {
        List<Integer> docs = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        boolean more;
        if (request.order() == SortOrder.RELEVANCE) {
            // Ties broken by doc id, not post id: with a post-id tie-break every hit scoring as high as the
            // page's last one must still be visited, and on a broad word nearly every block holds one.
            TopDocs td = searcher.search(TopHitsQueries.of(query), new TopScoreDocCollectorManager(request.limit() + 1,
                    after == null ? null : scoreDocAfter(searcher, after), request.limit() + 1));
            more = td.scoreDocs.length > request.limit();
            for (int k = 0; k < Math.min(request.limit(), td.scoreDocs.length); k++) {
                docs.add(td.scoreDocs[k].doc);
                scores.add(td.scoreDocs[k].score);
                values.add((long) Float.floatToIntBits(td.scoreDocs[k].score));
            }
        } else {
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort(request.order()), request.limit() + 1,
                    after == null ? null : fieldDoc(after), request.limit() + 1);
            TopFieldDocs td = searcher.search(query, top);
            more = td.scoreDocs.length > request.limit();
            for (int k = 0; k < Math.min(request.limit(), td.scoreDocs.length); k++) {
                FieldDoc fd = (FieldDoc) td.scoreDocs[k];
                docs.add(fd.doc);
                scores.add(Float.NaN);
                values.add((Long) fd.fields[0]);
            }
        }
        return new Page(docs, scores, values, more);
    }

    /** A searcher of the same index that searches on the calling thread only, sharing the query cache. */
    private static IndexSearcher sequential(IndexSearcher searcher) {
        IndexSearcher single = new IndexSearcher(searcher.getIndexReader());
        single.setQueryCache(searcher.getQueryCache());
        single.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
        single.setSimilarity(searcher.getSimilarity());
        return single;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Long>> facets(Object counted) {
        return (Map<String, Map<String, Long>>) counted;
    }

    /**
     * The hits of a page: posts loaded, parsed and highlighted in two halves at once on the search pool when the page
     * is big enough (the query thread would otherwise do it alone while the pool idles); then every group's size.
     */
    private List<SearchHit> hits(IndexSearcher searcher, SearchRequest request, Query query, List<Integer> docs,
                                 List<Float> scores) throws IOException {
        List<LoadedHit> loaded;
        if (docs.size() < PARALLEL_PAGE) {
            loaded = load(searcher, request, query, docs);
        } else {
            int half = docs.size() / 2;
            List<java.util.concurrent.Callable<List<LoadedHit>>> halves = List.of(
                    () -> load(searcher, request, query, docs.subList(0, half)),
                    () -> load(searcher, request, query, docs.subList(half, docs.size())));
            loaded = new ArrayList<>(docs.size());
            searcher.getTaskExecutor().invokeAll(halves).forEach(loaded::addAll);
        }
        Map<String, Boolean> startedOnPage = new HashMap<>();
        loaded.forEach(h -> startedOnPage.merge(h.groupName(), h.group() == null, Boolean::logicalOr));
        Map<String, Integer> sizes = GroupSizes.sizes(searcher.getIndexReader(), startedOnPage);
        List<SearchHit> hits = new ArrayList<>(docs.size());
        for (int k = 0; k < loaded.size(); k++) {
            LoadedHit h = loaded.get(k);
            hits.add(new SearchHit(h.post(), h.snippet(), scores.get(k), h.groupName(), Math.max(1, sizes.get(h.groupName()))));
        }
        return hits;
    }

    /**
     * A page's post as loaded and highlighted, before its group's size is known.
     *
     * @param group the group it joined, null when it is in the group it started
     */
    private record LoadedHit(EnrichedPost post, String snippet, String group) {
        /** The group's name: the one it joined, or, with no group field, its own id (see {@link Fields#DUP_GROUP}). */
        String groupName() {
            return group != null ? group : post.post().id();
        }
    }

    private List<LoadedHit> load(IndexSearcher searcher, SearchRequest request, Query query, List<Integer> docs)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<EnrichedPost> posts = new ArrayList<>(docs.size());
        List<String> groups = new ArrayList<>(docs.size());
        for (int doc : docs) {
            Document d = stored.document(doc, LOADED);
            BytesRef json = d.getBinaryValue(Fields.JSON);
            posts.add(PostJson.read(json.bytes, json.offset, json.length));
            groups.add(d.get(Fields.DUP_GROUP));
        }
        List<String> snippets;
        if (request.highlight() && !docs.isEmpty()) {
            int[] docArray = docs.stream().mapToInt(Integer::intValue).toArray();
            snippets = new SnippetHighlighter(searcher, analyzers).snippets(query, docArray,
                    posts.stream().map(p -> p.post().text()).toList(),
                    posts.stream().map(p -> p.enrichment().lang()).toList());
        } else {
            snippets = posts.stream().map(p -> SnippetHighlighter.plain(p.post().text())).toList();
        }
        List<LoadedHit> loaded = new ArrayList<>(docs.size());
        for (int k = 0; k < docs.size(); k++) {
            loaded.add(new LoadedHit(posts.get(k), snippets.get(k), groups.get(k)));
        }
        return loaded;
    }

    /** The sort of a time-ordered page (relevance pages are collected by score, see {@link #scoreDocAfter}). */
    private static Sort sort(SortOrder order) {
        SortField id = new SortField(Fields.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> throw new IllegalArgumentException("relevance pages are not collected by a field sort");
            case NEWEST -> new Sort(new SortField(Fields.TIME, SortField.Type.LONG, true), id);
            case OLDEST -> new Sort(new SortField(Fields.TIME, SortField.Type.LONG, false), id);
        };
    }

    /**
     * The exact number of hits when the index can tell it without visiting them (all posts, one term, a field filter
     * on segments without deletions …), else -1: a broad free-text query keeps its estimate.
     */
    private static long cheapCount(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int count = weight.count(leaf);
            if (count < 0) {
                return -1;
            }
            total += count;
        }
        return total;
    }

    /**
     * Where a relevance page resumes: after the cursor's post at its score, found by id in this searcher (doc ids
     * change when segments merge); when that post is gone, after every hit of that score.
     */
    private static ScoreDoc scoreDocAfter(IndexSearcher searcher, Cursor c) throws IOException {
        float score = Float.intBitsToFloat((int) c.value());
        TopDocs byId = searcher.search(new TermQuery(new Term(Fields.ID, c.id())), 1);
        return new ScoreDoc(byId.scoreDocs.length == 0 ? Integer.MAX_VALUE : byId.scoreDocs[0].doc, score);
    }

    /** Where a time-ordered page resumes: after the cursor's time and post id. */
    private static FieldDoc fieldDoc(Cursor c) {
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {c.value(), new BytesRef(c.id())});
    }
}
