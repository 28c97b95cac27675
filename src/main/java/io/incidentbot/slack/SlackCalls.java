package io.incidentbot.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web API calls that survive a slow or rate-limiting Slack: the SDK's sync client throws on HTTP 429
 * instead of waiting, so this waits Retry-After (bounded) and retries; 5xx and network errors are
 * retried with exponential backoff. An {@code ok:false} answer is not retried: it is Slack's verdict.
 */
public final class SlackCalls {
    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);

    /** A Web API call as the SDK exposes it. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    /** Slack answered {@code ok:false}, or kept failing after every retry. */
    public static final class SlackFailure extends RuntimeException {
        private final String error;

        public SlackFailure(String method, String error) {
            super(method + ": " + error);
            this.error = error;
        }

        /** Slack's error code (name_taken, not_in_channel, ...), or a short description of the failure. */
        public String error() {
            return error;
        }
    }

    private final int attempts;
    private final Duration maxWait;

    public SlackCalls(int attempts, Duration maxWait) {
        this.attempts = attempts;
        this.maxWait = maxWait;
    }

    /** The defaults for work done after the ack: up to 4 attempts, never waiting more than 30 s at once. */
    public static SlackCalls afterAck() {
        return new SlackCalls(4, Duration.ofSeconds(30));
    }

    /** For calls inside Slack's 3-second window (views.open with a trigger id): one attempt. */
    public static SlackCalls once() {
        return new SlackCalls(1, Duration.ZERO);
    }

    /** Told before each retry: which attempt comes next, what failed, how long it waits. */
    @FunctionalInterface
    public interface Retrying {
        void retrying(int nextAttempt, String failure, Duration wait);
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        return call(method, call, (next, failure, wait) -> { });
    }

    public <T extends SlackApiTextResponse> T call(String method, Call<T> call, Retrying retrying) {
        String lastFailure = "no attempt made";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            Duration wait;
            try {
                T response = call.run();
                if (!response.isOk()) {
                    throw new SlackFailure(method, response.getError());
                }
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status != 429 && status < 500) {
                    throw new SlackFailure(method, "http_" + status);
                }
                lastFailure = "http_" + status;
                wait = status == 429 ? retryAfter(e, attempt) : backoff(attempt);
            } catch (IOException e) {
                lastFailure = "network error (" + e.getClass().getSimpleName() + ")";
                wait = backoff(attempt);
            }
            if (attempt < attempts) {
                log.warn("{} failed with {}; retrying in {} ms (attempt {}/{})", method, lastFailure, wait.toMillis(),
                        attempt + 1, attempts);
                retrying.retrying(attempt + 1, lastFailure, wait);
                sleep(wait);
            }
        }
        throw new SlackFailure(method, lastFailure);
    }

    private Duration retryAfter(SlackApiException e, int attempt) {
        String header = e.getResponse().header("Retry-After");
        try {
            return min(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (RuntimeException unparseable) {
            return backoff(attempt);
        }
    }

    private Duration backoff(int attempt) {
        return min(Duration.ofMillis(250L << Math.min(attempt - 1, 8)));
    }

    private Duration min(Duration wait) {
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackFailure("retry", "interrupted");
        }
    }
}
