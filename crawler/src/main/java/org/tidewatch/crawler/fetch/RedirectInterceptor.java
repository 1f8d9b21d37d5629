package org.tidewatch.crawler.fetch;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects itself (OkHttp's own following is off) so that each hop passes robots, politeness and retries
 * again, the count is capped and a loop is named as one.
 */
final class RedirectInterceptor implements Interceptor {
    private final int maxRedirects;

    RedirectInterceptor(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        FetchTrace trace = FetchTrace.of(request);
        Set<String> visited = new LinkedHashSet<>();
        visited.add(request.url().toString());
        while (true) {
            Response response = chain.proceed(request);
            HttpUrl target = redirectTarget(response);
            if (target == null) {
                return response;
            }
            response.close();
            String next = target.toString();
            if (!visited.add(next)) {
                throw new FetchFailureException("redirect_loop",
                        "redirect loop: " + String.join(" -> ", visited) + " -> " + next);
            }
            if (visited.size() - 1 > maxRedirects) {
                throw new FetchFailureException("too_many_redirects",
                        "more than " + maxRedirects + " redirects: " + String.join(" -> ", visited));
            }
            trace.redirects.add(next);
            request = request.newBuilder().url(target).get().build();
        }
    }

    private static HttpUrl redirectTarget(Response response) {
        int code = response.code();
        boolean redirect = code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
        String location = response.header("Location");
        if (!redirect || location == null) {
            return null;
        }
        return response.request().url().resolve(location);
    }
}
