package org.tidewatch.crawler.fetch;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/**
 * Builds the one OkHttp client of the process from {@link FetchSettings}, with the crawl's behaviour as
 * interceptors, outermost first: redirects, robots.txt, retries, politeness, headers, body cap. A source with its
 * own proxy gets a derived client ({@code newBuilder()}) that shares the connection pool, the dispatcher and the
 * very same interceptor instances, so politeness and robots state stay global.
 */
public final class HttpClientFactory implements AutoCloseable {
    private final OkHttpClient base;
    private final String globalProxy;
    private final ConcurrentHashMap<String, OkHttpClient> byProxy = new ConcurrentHashMap<>();

    /**
     * @param settings global settings
     * @param sleeper  how to wait between retries and requests ({@link Sleeper#REAL} outside tests)
     * @param env      reads environment variables for {@code ${ENV}} header values ({@code System::getenv})
     */
    public HttpClientFactory(FetchSettings settings, Sleeper sleeper, Function<String, String> env) {
        this.globalProxy = settings.proxy();
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofMillis(settings.connectTimeoutMs()))
                .readTimeout(Duration.ofMillis(settings.readTimeoutMs()))
                .writeTimeout(Duration.ofMillis(settings.readTimeoutMs()))
                .callTimeout(Duration.ofMillis(settings.callTimeoutMs()))
                .followRedirects(false)
                .followSslRedirects(false)
                // Retries are ours (counted, backed off); OkHttp's silent ones would hide requests from the count.
                .retryOnConnectionFailure(false)
                .eventListener(new RemoteIpListener())
                .addInterceptor(new RedirectInterceptor(settings.maxRedirects()))
                .addInterceptor(new RobotsInterceptor(settings, this::client))
                .addInterceptor(new RetryInterceptor(settings, sleeper))
                .addInterceptor(new PolitenessInterceptor(settings, sleeper))
                .addInterceptor(new HeadersInterceptor(settings, env))
                .addInterceptor(new BodyCapInterceptor(settings));
        if (globalProxy != null) {
            b.proxy(ProxySpec.parse(globalProxy).toProxy());
        }
        this.base = b.build();
    }

    /** The client for a source's proxy (null or blank: the global proxy, or none). */
    public OkHttpClient client(String proxy) {
        if (proxy == null || proxy.isBlank() || proxy.strip().equals(globalProxy)) {
            return base;
        }
        return byProxy.computeIfAbsent(proxy.strip(),
                p -> base.newBuilder().proxy(ProxySpec.parse(p).toProxy()).build());
    }

    /** Drops pooled connections and stops the client's threads; the factory is unusable afterwards. */
    @Override
    public void close() {
        base.dispatcher().executorService().shutdown();
        base.connectionPool().evictAll();
    }

    /** Notes the server address an exchange went to, for the evidence record. */
    private static final class RemoteIpListener extends EventListener {
        @Override
        public void connectionAcquired(Call call, Connection connection) {
            FetchTrace trace = call.request().tag(FetchTrace.class);
            InetSocketAddress address = connection.route().socketAddress();
            if (trace != null && address.getAddress() != null) {
                trace.remoteIp = address.getAddress().getHostAddress();
            }
        }
    }
}
