package org.tidewatch.app.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.http.ApiServer;

/**
 * Runs the long-lived process of {@code serve} and {@code demo}: collection in the background, the HTTP API in
 * front, until Ctrl-C (or SIGTERM), then a clean stop that commits the index.
 */
public final class ServerRun {
    private static final Logger LOG = LoggerFactory.getLogger(ServerRun.class);

    private final Tidewatch tw;
    private final ServerSettings settings;

    public ServerRun(Tidewatch tw, ServerSettings settings) {
        this.tw = tw;
        this.settings = settings;
    }

    /** Starts everything, calls {@code onStarted} with the bound port, and blocks until the process is asked to stop. */
    public void runUntilStopped(java.util.function.IntConsumer onStarted) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tidewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (SourceCrawler crawler = SourceCrawler.create(tw);
             ApiServer api = ApiServer.start(settings, tw.index(), new ObjectMapper(), List.of())) {
            Thread collect = Thread.ofVirtual().name("initial-crawl").start(() -> {
                CrawlReport r = crawler.runAll(tw.config().sources());
                r.print(new java.io.PrintWriter(System.err, true));
            });
            onStarted.accept(api.port());
            stop.await();
            System.err.println("tidewatch: stopping…");
            collect.interrupt();
            collect.join(10_000);
        } finally {
            tw.close();
            stopped.countDown();
            LOG.debug("stopped");
        }
    }
}
