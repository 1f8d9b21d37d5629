package org.tidewatch.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Refuses a URL that the host's robots.txt disallows for our user agent (unless the source ignores robots).
 * robots.txt is fetched through the same client (so politeness and retries apply) and cached per host and agent;
 * a robots.txt that cannot be fetched is cached for one minute only. A {@code Crawl-delay} is passed on to the
 * politeness interceptor, which waits the longer of it and the configured minimum delay.
 */
final class RobotsInterceptor implements Interceptor {
    private static final long FAILED_FETCH_TTL_MS = 60_000;
    private final FetchSettings settings;
    private final Function<String, OkHttpClient> clients;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    private record Cached(BaseRobotRules rules, String problem, long expiresAtMs) {
    }

    RobotsInterceptor(FetchSettings settings, Function<String, OkHttpClient> clients) {
        this.settings = settings;
        this.clients = clients;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        FetchTrace trace = FetchTrace.of(request);
        if (trace.robotsFetch || trace.request.ignoreRobots()) {
            return chain.proceed(request);
        }
        String agent = agentToken(HeadersInterceptor.userAgent(settings, trace.request));
        HttpUrl url = request.url();
        String origin = url.scheme() + "://" + url.host() + ":" + url.port();
        String key = origin + " " + agent;
        Cached c;
        // One fetch of robots.txt per host even when many threads ask for it at once.
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            c = cache.get(key);
            if (c == null || c.expiresAtMs() < System.currentTimeMillis()) {
                c = load(origin, agent, trace.request);
                cache.put(key, c);
            }
        }
        if (!c.rules().isAllowed(url.toString())) {
            throw new FetchFailureException("robots", "robots.txt of " + origin + " disallows " + url.encodedPath()
                    + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()) + " for " + agent
                    + (c.problem() == null ? "" : " (" + c.problem() + ")"));
        }
        if (c.rules().getCrawlDelay() > 0) {
            trace.crawlDelayMs = c.rules().getCrawlDelay();
        }
        return chain.proceed(request);
    }

    private Cached load(String origin, String agent, FetchRequest source) throws FetchFailureException {
        String robotsUrl = origin + "/robots.txt";
        FetchRequest fr = new FetchRequest(robotsUrl, source.userAgent(), source.headers(), source.proxy(),
                source.minDelayMs(), false, null, null, false);
        Request r = new Request.Builder().url(robotsUrl).tag(FetchTrace.class, new FetchTrace(fr, true)).get().build();
        long now = System.currentTimeMillis();
        long ttl = TimeUnit.MINUTES.toMillis(settings.robotsCacheMinutes());
        try (Response response = clients.apply(source.proxy()).newCall(r).execute()) {
            if (response.isSuccessful()) {
                byte[] bytes = response.body().bytes();
                String type = response.header("Content-Type", "text/plain");
                return new Cached(parser.parseContent(robotsUrl, bytes, type, List.of(agent)), null, now + ttl);
            }
            String problem = response.code() >= 500 ? "robots.txt answered " + response.code() : null;
            return new Cached(parser.failedFetch(response.code()), problem, now + (problem == null ? ttl : FAILED_FETCH_TTL_MS));
        } catch (FetchFailureException e) {
            if (e.kind().equals("config")) {
                throw e;
            }
            return new Cached(parser.failedFetch(503), "robots.txt could not be fetched: " + e.getMessage(),
                    now + FAILED_FETCH_TTL_MS);
        } catch (IOException e) {
            return new Cached(parser.failedFetch(503), "robots.txt could not be fetched: " + e.getMessage(),
                    now + FAILED_FETCH_TTL_MS);
        }
    }

    /** The product token of a user agent ({@code TidewatchBot/0.1 (...)} gives {@code tidewatchbot}). */
    static String agentToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }
}
