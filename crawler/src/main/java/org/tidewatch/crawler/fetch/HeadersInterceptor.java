package org.tidewatch.crawler.fetch;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets the user agent, the global then per-source extra headers (with {@code ${ENV}} values read from the
 * environment, so secrets never sit in config) and the conditional-GET validators.
 */
final class HeadersInterceptor implements Interceptor {
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private final FetchSettings settings;
    private final Function<String, String> env;

    HeadersInterceptor(FetchSettings settings, Function<String, String> env) {
        this.settings = settings;
        this.env = env;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        FetchRequest fr = FetchTrace.of(chain.request()).request;
        Request.Builder b = chain.request().newBuilder();
        b.header("User-Agent", userAgent(settings, fr));
        addAll(b, settings.headers());
        addAll(b, fr.headers());
        if (fr.etag() != null) {
            b.header("If-None-Match", fr.etag());
        }
        if (fr.lastModified() != null) {
            b.header("If-Modified-Since", fr.lastModified());
        }
        return chain.proceed(b.build());
    }

    static String userAgent(FetchSettings settings, FetchRequest request) {
        return request.userAgent() == null || request.userAgent().isBlank() ? settings.userAgent() : request.userAgent();
    }

    private void addAll(Request.Builder b, Map<String, String> headers) throws FetchFailureException {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String value = expand(h.getKey(), h.getValue());
            try {
                b.header(h.getKey(), value);
            } catch (IllegalArgumentException e) {
                // OkHttp's message quotes the value, which may be a secret: name the header only.
                throw new FetchFailureException("config", "header " + h.getKey()
                        + " has a name or value with characters not allowed in HTTP headers");
            }
        }
    }

    /** Replaces each {@code ${NAME}} by the environment variable; an unset one fails naming header and variable. */
    String expand(String header, String value) throws FetchFailureException {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = env.apply(m.group(1));
            if (v == null) {
                throw new FetchFailureException("config",
                        "header " + header + " refers to environment variable " + m.group(1) + ", which is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
