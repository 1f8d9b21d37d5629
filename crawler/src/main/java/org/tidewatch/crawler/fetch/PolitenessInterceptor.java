package org.tidewatch.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Per host: at most {@code max_per_host} requests in flight and starts spaced by the minimum delay; over all
 * hosts: at most {@code max_concurrent} in flight. The delay is waited before taking a global slot, so a slow
 * host never holds slots that other hosts could use.
 */
final class PolitenessInterceptor implements Interceptor {
    private final FetchSettings settings;
    private final Sleeper sleeper;
    private final Semaphore global;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final Semaphore inFlight;
        long nextStartNanos;

        Host(int permits) {
            inFlight = new Semaphore(permits, true);
        }
    }

    PolitenessInterceptor(FetchSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.global = new Semaphore(settings.maxConcurrent(), true);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        FetchTrace trace = FetchTrace.of(chain.request());
        HttpUrl url = chain.request().url();
        Host host = hosts.computeIfAbsent(url.host() + ":" + url.port(), k -> new Host(settings.maxPerHost()));
        long configured = trace.request.minDelayMs() != null ? trace.request.minDelayMs() : settings.minDelayMs();
        long delayMs = Math.max(configured, trace.crawlDelayMs);
        acquire(host.inFlight, chain);
        try {
            long waitNanos;
            synchronized (host) {
                long now = System.nanoTime();
                long start = Math.max(now, host.nextStartNanos);
                host.nextStartNanos = start + TimeUnit.MILLISECONDS.toNanos(delayMs);
                waitNanos = start - now;
            }
            sleeper.sleep(TimeUnit.NANOSECONDS.toMillis(waitNanos));
            acquire(global, chain);
            try {
                return chain.proceed(chain.request());
            } finally {
                global.release();
            }
        } finally {
            host.inFlight.release();
        }
    }

    private static void acquire(Semaphore semaphore, Chain chain) throws InterruptedIOException {
        try {
            semaphore.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for a slot to " + chain.request().url().host());
        }
    }
}
