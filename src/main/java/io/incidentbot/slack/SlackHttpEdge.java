package io.incidentbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front door: {@code POST /slack/events} and {@code GET /healthz}. It closes the gaps stock
 * Bolt leaves open before a request reaches it: oversized bodies (413, never buffered), non-form
 * content (415), timestamps outside ±5 minutes or bad signatures (401), and no team id (400).
 * A rejected request touches neither the database nor Slack.
 */
final class SlackHttpEdge extends Handler.Abstract {
    static final int MAX_BODY = 1 << 20;
    static final String EVENTS_PATH = "/slack/events";
    static final String HEALTH_PATH = "/healthz";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpEdge.class);

    private final App app;
    private final SlackRequestParser parser;
    private final RequestSignature signature; // null: events are not served over HTTP (Socket Mode)

    SlackHttpEdge(App app, Optional<String> signingSecret, Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signature = signingSecret.map(secret -> new RequestSignature(secret, clock)).orElse(null);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (HEALTH_PATH.equals(path)) {
            return reply(response, callback, 200, "{\"ok\":true}");
        }
        if (!EVENTS_PATH.equals(path) || signature == null) {
            return reply(response, callback, 404, "{\"error\":\"not_found\"}");
        }
        if (!"POST".equals(request.getMethod())) {
            return reply(response, callback, 405, "{\"error\":\"method_not_allowed\"}");
        }
        if (request.getLength() > MAX_BODY) {
            return reply(response, callback, 413, "{\"error\":\"body_too_large\"}");
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null || !"application/x-www-form-urlencoded".equalsIgnoreCase(MimeTypes.getBase(contentType))) {
            return reply(response, callback, 415, "{\"error\":\"unsupported_media_type\"}");
        }
        byte[] body;
        try {
            body = readAtMost(request, MAX_BODY);
        } catch (IOException e) {
            return reply(response, callback, 400, "{\"error\":\"unreadable_body\"}");
        }
        if (body == null) {
            return reply(response, callback, 413, "{\"error\":\"body_too_large\"}");
        }
        RequestSignature.Verdict verdict = signature.check(request.getHeaders().get("X-Slack-Request-Timestamp"),
                request.getHeaders().get("X-Slack-Signature"), body);
        if (verdict != RequestSignature.Verdict.VALID) {
            log.info("rejected a request to {}: {}", path, verdict == RequestSignature.Verdict.STALE
                    ? "timestamp missing or more than 5 minutes off" : "signature mismatch");
            return reply(response, callback, 401, "{\"error\":\"invalid_request\"}");
        }
        return dispatch(request, response, callback, path, new String(body, StandardCharsets.UTF_8));
    }

    private boolean dispatch(Request request, Response response, Callback callback, String path, String body) {
        com.slack.api.bolt.request.Request<?> slackRequest;
        try {
            slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(path)
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers(request)))
                    .requestBody(body)
                    .remoteAddress(Request.getRemoteAddr(request))
                    .build());
        } catch (RuntimeException malformed) {
            slackRequest = null; // signed, but not a payload shape Slack sends
        }
        if (slackRequest == null) {
            return reply(response, callback, 400, "{\"error\":\"unrecognised_request\"}");
        }
        if (slackRequest.getRequestType() != RequestType.SSLCheck && slackRequest.getContext().getTeamId() == null) {
            return reply(response, callback, 400, "{\"error\":\"team_id_missing\"}");
        }
        try {
            com.slack.api.bolt.response.Response result = app.run(slackRequest);
            if (result.getHeaders() != null) {
                result.getHeaders().forEach((name, values) -> {
                    if (!"content-type".equalsIgnoreCase(name)) {
                        values.forEach(v -> response.getHeaders().add(name, v));
                    }
                });
            }
            String type = result.getContentType() == null ? "text/plain; charset=utf-8" : result.getContentType();
            return write(response, callback, result.getStatusCode(), type, result.getBody() == null ? "" : result.getBody());
        } catch (Exception e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("request failed (ref {}): {}", ref, e.getClass().getName(), e);
            return reply(response, callback, 500, "{\"error\":\"internal_error\",\"ref\":\"" + ref + "\"}");
        }
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    /** The body, or null when it is longer than {@code limit}: reading stops there. */
    private static byte[] readAtMost(Request request, int limit) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? null : body;
        }
    }

    private static boolean reply(Response response, Callback callback, int status, String json) {
        return write(response, callback, status, "application/json; charset=utf-8", json);
    }

    private static boolean write(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, body, callback);
        return true;
    }
}
