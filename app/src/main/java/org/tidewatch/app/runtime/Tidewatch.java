package org.tidewatch.app.runtime;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import org.tidewatch.app.audit.AuditLog;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.security.PasswordHasher;
import org.tidewatch.app.security.UserStore;
import org.tidewatch.core.SourceConfig;
import org.tidewatch.core.store.Database;
import org.tidewatch.crawler.evidence.EvidenceStore;
import org.tidewatch.index.PostIndex;
import org.tidewatch.nlp.Enricher;
import org.tidewatch.nlp.StandardEnricher;
import org.tidewatch.rules.Rules;

/**
 * The assembled system over one data directory: lock, database, evidence store, enricher, index, rules and the
 * pipeline between them. Every command that touches the data directory opens one of these and closes it.
 */
public final class Tidewatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tidewatch.class);

    private final TidewatchConfig config;
    private final Path dataDir;
    private final Database db;
    private final EvidenceStore evidence;
    private final Enricher enricher;
    private final PostIndex index;
    private final Rules rules;
    private final Pipeline pipeline;
    private final Deque<AutoCloseable> closeables;
    private final UserStore users;
    private final AuditLog audit;

    private Tidewatch(TidewatchConfig config, Path dataDir, Database db, EvidenceStore evidence, Enricher enricher,
                      PostIndex index, Rules rules, Deque<AutoCloseable> closeables) {
        this.config = config;
        this.dataDir = dataDir;
        this.db = db;
        this.evidence = evidence;
        this.enricher = enricher;
        this.index = index;
        this.rules = rules;
        this.closeables = closeables;
        this.users = new UserStore(db, PasswordHasher.DEFAULT, Clock.systemUTC());
        this.audit = new AuditLog(db, Clock.systemUTC());
        Map<String, String> regions = new HashMap<>();
        for (SourceConfig s : config.sources()) {
            if (s.region() != null) {
                regions.put(s.id(), s.region());
            }
        }
        this.pipeline = new Pipeline(enricher, index, rules.engine(), regions);
    }

    /** Locks the data directory and opens every stage on it; fails with one clear message if it cannot. */
    public static Tidewatch open(TidewatchConfig config, Path dataDir, String command) {
        return openLocked(config, dataDir, DataDirLock.acquire(dataDir, command));
    }

    /**
     * Opens every stage on a data directory whose lock the caller already holds (to prepare the directory first
     * without letting go of it); the returned system owns the lock and releases it on close, or at once if opening
     * fails.
     */
    public static Tidewatch openLocked(TidewatchConfig config, Path dataDir, DataDirLock lock) {
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        opened.push(lock);
        try {
            Database db = Database.open(dataDir);
            opened.push(db);
            EvidenceStore evidence = Stages.evidence(dataDir, db);
            opened.push(evidence);
            Enricher enricher = new StandardEnricher();
            PostIndex index = Stages.index(dataDir, config);
            opened.push(index);
            Rules rules = Stages.rules(db, config);
            opened.push(rules);
            return new Tidewatch(config, dataDir, db, evidence, enricher, index, rules, opened);
        } catch (RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    public TidewatchConfig config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database db() {
        return db;
    }

    public EvidenceStore evidence() {
        return evidence;
    }

    public Enricher enricher() {
        return enricher;
    }

    public PostIndex index() {
        return index;
    }

    /** Watchlists, route statistics, alerts and their delivery. */
    public Rules rules() {
        return rules;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The users who may log in, with their roles and API tokens. */
    public UserStore users() {
        return users;
    }

    /** The hash-chained log of who searched, viewed, exported and administered what. */
    public AuditLog audit() {
        return audit;
    }



    @Override
    public void close() {
        try {
            index.commit();
        } catch (RuntimeException e) {
            LOG.error("final index commit failed: {}", e.toString());
        }
        closeAll(closeables);
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            AutoCloseable c = opened.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
    }

}
