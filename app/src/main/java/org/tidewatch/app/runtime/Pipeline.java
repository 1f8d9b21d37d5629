package org.tidewatch.app.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Post;
import org.tidewatch.index.PostIndex;
import org.tidewatch.nlp.EnrichHints;
import org.tidewatch.nlp.Enricher;
import org.tidewatch.rules.RulesEngine;

/**
 * Enrich, index, commit, then rules: the path every post takes after its evidence is stored, whichever entry
 * point (crawl, ingest, reindex, demo) brought it. A batch is durable in the index when {@link #process} returns.
 */
public final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Enricher enricher;
    private final PostIndex index;
    private final RulesEngine rules;
    private final Map<String, String> regionBySource;

    /**
     * @param regionBySource the configured phone region of each source id (sources without one are absent)
     */
    public Pipeline(Enricher enricher, PostIndex index, RulesEngine rules, Map<String, String> regionBySource) {
        this.enricher = enricher;
        this.index = index;
        this.rules = rules;
        this.regionBySource = Map.copyOf(regionBySource);
    }

    /** Enriches and indexes the posts, commits, and runs the rules; returns the enriched posts. */
    public List<EnrichedPost> process(List<Post> posts) {
        List<EnrichedPost> enriched = reindex(posts);
        if (enriched.isEmpty()) {
            return enriched;
        }
        try {
            rules.onIndexed(enriched);
        } catch (RuntimeException e) {
            // Posts are already safe in the index; a rules failure must not make the caller re-collect them.
            LOG.error("rules failed on a batch of {} posts: {}", enriched.size(), e.toString());
        }
        return enriched;
    }

    /** Enriches, indexes and commits the posts without running the rules (rebuilding the index from evidence). */
    public List<EnrichedPost> reindex(List<Post> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<EnrichedPost> enriched = new ArrayList<>(posts.size());
        for (Post p : posts) {
            enriched.add(new EnrichedPost(p, enrich(p)));
        }
        index.upsert(enriched);
        index.commit();
        // Whoever handed the batch over (an API call, a test, the next command) may search it straight away.
        index.refresh();
        return enriched;
    }

    private Enrichment enrich(Post p) {
        try {
            return enricher.enrich(p.text(), new EnrichHints(p.platform(), regionBySource.get(p.sourceId())));
        } catch (RuntimeException e) {
            LOG.error("enrichment failed for post {}: {}", p.id(), e.toString());
            return Enrichment.empty("und");
        }
    }
}
