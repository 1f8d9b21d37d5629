package org.tidewatch.crawler.fetch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries timeouts, connection errors, 429 and 5xx with exponential backoff and jitter, waiting what
 * {@code Retry-After} asks when it says, up to {@code max_retry_after_ms}; past that it gives up at once.
 */
final class RetryInterceptor implements Interceptor {
    private final FetchSettings settings;
    private final Sleeper sleeper;

    RetryInterceptor(FetchSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        FetchTrace trace = FetchTrace.of(request);
        for (int attempt = 0; ; attempt++) {
            trace.attempts = attempt + 1;
            Response response;
            try {
                response = chain.proceed(request);
            } catch (FetchFailureException e) {
                throw e;
            } catch (IOException e) {
                if (attempt >= settings.maxRetries() || chain.call().isCanceled()) {
                    throw e;
                }
                sleeper.sleep(backoff(attempt));
                continue;
            }
            if (!retryable(response.code()) || attempt >= settings.maxRetries()) {
                return response;
            }
            Long retryAfter = retryAfterMs(response.header("Retry-After"));
            if (retryAfter != null && retryAfter > settings.maxRetryAfterMs()) {
                trace.retryNote = "Retry-After asks " + retryAfter + " ms, more than max_retry_after_ms "
                        + settings.maxRetryAfterMs();
                return response;
            }
            response.close();
            sleeper.sleep(retryAfter != null ? retryAfter : backoff(attempt));
        }
    }

    static boolean retryable(int code) {
        return code == 429 || (code >= 500 && code <= 599 && code != 501);
    }

    /** base * 2^attempt capped at the maximum, then a random point in its upper half so clients do not stampede. */
    long backoff(int attempt) {
        long exp = settings.retryBaseDelayMs() << Math.min(attempt, 20);
        long capped = Math.min(exp, settings.retryMaxDelayMs());
        if (capped <= 1) {
            return capped;
        }
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    /** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
    static Long retryAfterMs(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Math.max(0, Long.parseLong(v)) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(0, Duration.between(Instant.now(), at).toMillis());
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
