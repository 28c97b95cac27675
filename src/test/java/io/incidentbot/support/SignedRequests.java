package io.incidentbot.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's side of the conversation: slash commands, block actions and view submissions as Slack
 * sends them (form-encoded, signed v0 with the signing secret), posted to the running bot over HTTP.
 */
public final class SignedRequests {
    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI events;
    private final String secret;
    private final Clock clock;

    public SignedRequests(URI events, String secret, Clock clock) {
        this.events = events;
        this.secret = secret;
        this.clock = clock;
    }

    /** A slash command as Slack posts it. */
    public HttpResponse<String> command(String command, String text, String team, String user, String channel,
                                        String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "deprecated-verification-token");
        form.put("team_id", team);
        form.put("team_domain", "fake");
        form.put("channel_id", channel);
        form.put("channel_name", "support");
        form.put("user_id", user);
        form.put("user_name", "someone");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0APP");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return post(form(form));
    }

    /** An interactive payload (block_actions, view_submission) as Slack posts it. */
    public HttpResponse<String> interaction(Object payload) {
        try {
            return post(form(Map.of("payload", JSON.writeValueAsString(payload))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String body) {
        long ts = clock.instant().getEpochSecond();
        return send(body, "application/x-www-form-urlencoded", String.valueOf(ts), sign(ts, body));
    }

    /** A request with every header under the caller's control, for the rejection tests. */
    public HttpResponse<String> send(String body, String contentType, String timestamp, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
