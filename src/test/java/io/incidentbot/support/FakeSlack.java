package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A Slack Web API on loopback: answers the methods the bot calls with realistic JSON, records every
 * call, rejects what Slack would reject (Block Kit limits, bad channel names, wrong token), and
 * can be told to answer a method with an error, a 429 with Retry-After, or a 500.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String TEAM = "T0TEAM1";
    public static final String BOT_USER = "U0BOT";
    public static final String BOT_TOKEN = "xoxb-0000-fake-token";
    public static final String APP_TOKEN = "xapp-1-A0APP-0000-fake";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z0-9_-]{1,80}");

    /** One recorded Web API call (or response_url post, as method "response_url"). */
    public record Call(String method, Map<String, String> params, JsonNode body) {
        public String param(String name) {
            return params.get(name);
        }

        /** A parameter that carries JSON (blocks, view), parsed. */
        public JsonNode json(String name) {
            try {
                String value = params.get(name);
                return value == null ? JSON.missingNode() : JSON.readTree(value);
            } catch (IOException e) {
                throw new IllegalStateException(name + " is not JSON: " + params.get(name));
            }
        }

        /** Every piece of text in the call: top-level text plus all block text, for assertions. */
        public String allText() {
            StringBuilder out = new StringBuilder(params.getOrDefault("text", ""));
            collectText(json("blocks"), out);
            collectText(json("view"), out);
            if (body != null) {
                collectText(body, out);
            }
            return out.toString();
        }

        private static void collectText(JsonNode node, StringBuilder out) {
            if (node == null) {
                return;
            }
            if (node.isObject() && node.has("text") && node.get("text").isTextual()) {
                out.append('\n').append(node.get("text").asText());
            }
            node.forEach(child -> collectText(child, out));
        }
    }

    private record Fault(int status, Integer retryAfter, String error) {
    }

    /** A file the bot uploaded (files.getUploadURLExternal, then the bytes posted to the upload URL). */
    public record Upload(String fileId, String filename, int declaredLength, byte[] bytes) {
        public String text() {
            return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, String> channelsByName = new ConcurrentHashMap<>();
    /** Messages as they stand now: ts → the last chat.postMessage or chat.update of it. */
    private final Map<String, Call> messages = new ConcurrentHashMap<>();
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<Call, String> answeredTs = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<String, java.util.Set<String>> members = new ConcurrentHashMap<>();
    private final Map<String, List<String>> userGroups = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1);

    private final boolean recording;
    private volatile long latencyMillis;
    private volatile String socketModeUrl;

    public FakeSlack() throws IOException {
        this(true);
    }

    /** @param recording false for load tests: calls are answered but not kept */
    public FakeSlack(boolean recording) throws IOException {
        this.recording = recording;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::responseUrl);
        server.createContext("/upload/", this::upload);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    // ---- test controls ---------------------------------------------------------------------

    /** The next call to {@code method} answers ok:false with {@code error}. */
    public void failNext(String method, String error) {
        faults.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Fault(200, null, error));
    }

    /** The next call to {@code method} answers HTTP {@code status} (429 with Retry-After when given). */
    public void failNextWithStatus(String method, int status, Integer retryAfterSeconds) {
        faults.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new Fault(status, retryAfterSeconds, null));
    }

    /** Every Web API answer waits this long first, as a real Slack across the internet does. */
    public void latency(Duration latency) {
        this.latencyMillis = latency.toMillis();
    }

    /** Where apps.connections.open sends a Socket Mode client. */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** A channel name that already exists in the workspace. */
    public void takeChannelName(String name) {
        channelsByName.put(name, "C_EXISTING_" + name.hashCode());
    }

    /** A user group (S…) and its members, as usergroups.users.list will answer. */
    public void userGroup(String groupId, String... users) {
        userGroups.put(groupId, List.of(users));
    }

    /**
     * Checks what the bot answered Slack directly in an HTTP response (a command's message blocks, a
     * view submission's replacement view) against the same limits; violations fail the test at close.
     */
    public void checkResponse(JsonNode response) {
        if (response == null || !response.isObject()) {
            return;
        }
        if (response.has("blocks")) {
            violations.addAll(BlockKitLimits.message(response.get("blocks"), response.path("text").asText(null)));
        }
        if (response.has("view")) {
            violations.addAll(BlockKitLimits.modal(response.get("view")));
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    public List<String> methods() {
        return calls.stream().map(Call::method).filter(m -> !m.equals("auth.test")).toList();
    }

    /** Waits (up to 10 s) until {@code method} was called {@code count} times; returns those calls. */
    public List<Call> await(String method, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> found = calls(method);
            if (found.size() >= count) {
                return found;
            }
            sleep(10);
        }
        throw new AssertionError("expected " + count + " call(s) to " + method + " within 10 s; calls were: " + methods());
    }

    public Call await(String method) {
        return await(method, 1).get(0);
    }

    /** Waits (up to 10 s) for a call to {@code method} that {@code matches}; returns the first. */
    public Call await(String method, java.util.function.Predicate<Call> matches) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<Call> found = calls(method).stream().filter(matches).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep(10);
        }
        throw new AssertionError("no matching call to " + method + " within 10 s; calls were: " + methods());
    }

    /** Waits (up to 10 s) for a posted message that, as it stands now, {@code matches}; the oldest such. */
    public Call awaitPosted(java.util.function.Predicate<Call> matches) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            java.util.Optional<Call> found = messages.values().stream().filter(matches)
                    .min(java.util.Comparator.comparing(c -> c.param("ts")));
            if (found.isPresent()) {
                return found.get();
            }
            sleep(10);
        }
        throw new AssertionError("no matching message posted within 10 s; calls were: " + methods());
    }

    /** Waits (up to 10 s) until message {@code ts}, as it stands, {@code matches}; returns it. */
    public Call awaitMessage(String ts, java.util.function.Predicate<Call> matches) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Call current = messages.get(ts);
            if (current != null && matches.test(current)) {
                return current;
            }
            sleep(10);
        }
        Call last = messages.get(ts);
        throw new AssertionError("message " + ts + " never matched within 10 s; it is: "
                + (last == null ? "not posted" : last.allText()));
    }

    /** Waits for a chat.postMessage to {@code channel} whose text contains {@code text}. */
    public Call awaitPost(String channel, String text) {
        return await("chat.postMessage", c -> channel.equals(c.param("channel")) && c.allText().contains(text));
    }

    /** Waits until no new call arrived for {@code quietMillis}: the bot's after-ack work is done. */
    public void awaitQuiet(long quietMillis) {
        int last = -1;
        while (last != calls.size()) {
            last = calls.size();
            sleep(quietMillis);
        }
    }

    /** A message as it stands now: the last post or update of {@code ts}. */
    public Call message(String ts) {
        Call current = messages.get(ts);
        if (current == null) {
            throw new AssertionError("no message " + ts + " was posted");
        }
        return current;
    }

    /** Every message posted in {@code channel}, as it stands now, oldest first. */
    public List<Call> messagesIn(String channel) {
        return messages.values().stream().filter(c -> channel.equals(c.param("channel")))
                .sorted(java.util.Comparator.comparing(c -> c.param("ts"))).toList();
    }

    /** The ts Slack gave the message a recorded chat.postMessage (or chat.update) call posted. */
    public String answerTs(Call post) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String ts = answeredTs.get(post);
        while (ts == null && System.nanoTime() < deadline) { // the call is recorded before it is answered
            sleep(5);
            ts = answeredTs.get(post);
        }
        if (ts == null) {
            throw new AssertionError("no message was posted by " + post.method());
        }
        return ts;
    }

    /** The file a files.completeUploadExternal call shared, by id, with the bytes that were uploaded. */
    public Upload upload(String fileId) {
        Upload upload = uploads.get(fileId);
        if (upload == null) {
            throw new AssertionError("no file " + fileId + " was uploaded; uploads: " + uploads.keySet());
        }
        return upload;
    }

    /** The files a files.completeUploadExternal call shared, with the bytes uploaded for each. */
    public List<Upload> shared(Call complete) {
        List<Upload> files = new java.util.ArrayList<>();
        complete.json("files").forEach(f -> files.add(upload(f.path("id").asText())));
        return files;
    }

    public List<String> violations() {
        return List.copyOf(violations);
    }

    // ---- the API -------------------------------------------------------------------------

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        if (latencyMillis > 0) {
            sleep(latencyMillis);
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = params(exchange, body);
        Call call = new Call(method, params, null);
        if (recording) {
            calls.add(call);
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : params.get("token");
        String expected = method.equals("apps.connections.open") ? APP_TOKEN : BOT_TOKEN;
        boolean socketModeCheck = method.equals("auth.test") && APP_TOKEN.equals(token); // the SDK checks the app token
        if (!expected.equals(token) && !socketModeCheck) {
            violations.add(method + " called without the " + (expected.equals(APP_TOKEN) ? "app-level" : "bot") + " token");
            send(exchange, 200, error("invalid_auth"), null);
            return;
        }
        Deque<Fault> queue = faults.get(method);
        Fault fault = queue == null ? null : queue.poll();
        if (fault != null) {
            if (fault.error() != null) {
                send(exchange, 200, error(fault.error()), null);
            } else {
                send(exchange, fault.status(), error(fault.status() == 429 ? "ratelimited" : "internal_error"), fault.retryAfter());
            }
            return;
        }
        ObjectNode answer = answer(method, params);
        if (recording && answer.has("ts")) {
            answeredTs.put(call, answer.get("ts").asText());
        }
        send(exchange, 200, answer, null);
    }

    private ObjectNode answer(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" -> ok().put("url", "https://fake.slack.test/").put("team", "Fake Team")
                    .put("user", "incident-bot").put("team_id", TEAM).put("user_id", BOT_USER).put("bot_id", "B0BOT");
            case "views.open", "views.update", "views.push" -> view(params);
            case "chat.postMessage" -> message(params, nextTs());
            case "chat.update" -> messages.containsKey(params.getOrDefault("ts", ""))
                    ? message(params, params.get("ts")) : error("message_not_found");
            case "chat.postEphemeral" -> ok().put("message_ts", nextTs());
            case "conversations.create" -> createChannel(params);
            case "conversations.invite" -> invite(params);
            case "pins.add" -> ok();
            case "usergroups.users.list" -> {
                List<String> users = userGroups.get(params.getOrDefault("usergroup", ""));
                if (users == null) {
                    yield error("no_such_subteam");
                }
                ObjectNode answer = ok();
                users.forEach(answer.putArray("users")::add);
                yield answer;
            }
            case "apps.connections.open" -> socketModeUrl == null ? error("socket_mode_not_set_up")
                    : ok().put("url", socketModeUrl);
            case "files.getUploadURLExternal" -> uploadUrl(params);
            case "files.completeUploadExternal" -> completeUpload(params);
            default -> {
                violations.add("the bot called " + method + ", which FakeSlack does not know");
                yield error("unknown_method");
            }
        };
    }

    private ObjectNode view(Map<String, String> params) {
        JsonNode view;
        try {
            view = JSON.readTree(params.getOrDefault("view", "{}"));
        } catch (IOException e) {
            return invalid("view is not JSON");
        }
        List<String> problems = BlockKitLimits.modal(view);
        if (!problems.isEmpty()) {
            violations.addAll(problems);
            return invalid(String.join("; ", problems));
        }
        ObjectNode answer = ok();
        ObjectNode echoed = answer.putObject("view");
        echoed.setAll((ObjectNode) view);
        echoed.put("id", "V" + sequence.getAndIncrement()).put("team_id", TEAM);
        return answer;
    }

    /** Slack answers an invitation of someone already there with already_in_channel. */
    private ObjectNode invite(Map<String, String> params) {
        String channel = params.getOrDefault("channel", "");
        java.util.Set<String> present = members.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet());
        List<String> users = List.of(params.getOrDefault("users", "").split(","));
        if (users.stream().allMatch(u -> !present.add(u.strip()))) {
            return error("already_in_channel");
        }
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", channel);
        return answer;
    }

    private ObjectNode message(Map<String, String> params, String ts) {
        if (params.get("channel") == null || params.get("channel").isBlank()) {
            return error("channel_not_found");
        }
        String channel = params.get("channel");
        if (channel.matches("[UW][A-Z0-9]+")) {
            channel = "D" + channel.substring(1); // a user id as channel posts to the app's DM with them
        }
        JsonNode blocks;
        try {
            blocks = params.containsKey("blocks") ? JSON.readTree(params.get("blocks")) : null;
        } catch (IOException e) {
            return invalid("blocks are not JSON");
        }
        if ((params.get("text") == null || params.get("text").isBlank()) && blocks == null) {
            return error("no_text");
        }
        List<String> problems = BlockKitLimits.message(blocks, params.get("text"));
        if (!problems.isEmpty()) {
            violations.addAll(problems);
            return invalid(String.join("; ", problems));
        }
        Map<String, String> stored = new LinkedHashMap<>(params);
        stored.put("ts", ts);
        messages.put(ts, new Call("message", stored, null));
        ObjectNode answer = ok().put("channel", channel).put("ts", ts);
        answer.putObject("message").put("text", params.getOrDefault("text", "")).put("ts", ts);
        return answer;
    }

    private ObjectNode createChannel(Map<String, String> params) {
        String name = params.getOrDefault("name", "");
        if (!CHANNEL_NAME.matcher(name).matches()) {
            violations.add("invalid channel name '" + name + "'");
            return error("invalid_name_specials");
        }
        String id = "C" + String.format("%08d", sequence.getAndIncrement());
        if (channelsByName.putIfAbsent(name, id) != null) {
            return error("name_taken");
        }
        members.computeIfAbsent(id, c -> ConcurrentHashMap.newKeySet()).add(BOT_USER);
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", id).put("name", name)
                .put("is_private", truthy(params.get("is_private")))
                .put("creator", BOT_USER);
        return answer;
    }

    private ObjectNode uploadUrl(Map<String, String> params) {
        String filename = params.get("filename");
        int length;
        try {
            length = Integer.parseInt(params.getOrDefault("length", ""));
        } catch (NumberFormatException e) {
            return error("invalid_arguments");
        }
        if (filename == null || filename.isBlank() || length <= 0) {
            return error("invalid_arguments");
        }
        String id = "F" + String.format("%08d", sequence.getAndIncrement());
        uploads.put(id, new Upload(id, filename, length, null));
        return ok().put("file_id", id)
                .put("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id);
    }

    private void upload(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/upload/".length());
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        Upload pending = uploads.get(id);
        int status;
        if (pending == null) {
            violations.add("upload to an unknown upload URL " + id);
            status = 404;
        } else {
            if (pending.declaredLength() != bytes.length) {
                violations.add("uploaded " + bytes.length + " bytes to " + id + " after declaring " + pending.declaredLength());
            }
            uploads.put(id, new Upload(id, pending.filename(), pending.declaredLength(), bytes));
            status = 200;
        }
        byte[] answer = ("OK - " + bytes.length).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private ObjectNode completeUpload(Map<String, String> params) {
        JsonNode files;
        try {
            files = JSON.readTree(params.getOrDefault("files", ""));
        } catch (IOException e) {
            return error("invalid_arguments");
        }
        if (files == null || !files.isArray() || files.isEmpty()) {
            return error("invalid_arguments");
        }
        ObjectNode answer = ok();
        var shared = answer.putArray("files");
        for (JsonNode file : files) {
            Upload upload = uploads.get(file.path("id").asText());
            if (upload == null || upload.bytes() == null) {
                violations.add("files.completeUploadExternal for " + file.path("id").asText() + ", never uploaded");
                return error("file_not_found");
            }
            shared.addObject().put("id", upload.fileId()).put("name", upload.filename())
                    .put("title", file.path("title").asText(upload.filename()));
        }
        String channel = params.get("channel_id");
        if (channel == null || channel.isBlank()) {
            violations.add("files.completeUploadExternal without channel_id: the file would be shared nowhere");
        }
        return answer;
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (recording) {
            calls.add(new Call("response_url", Map.of("url", exchange.getRequestURI().getPath()), JSON.readTree(body)));
        }
        byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, ok.length);
        exchange.getResponseBody().write(ok);
        exchange.close();
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Slack reads booleans as "true" or "1" (the Java SDK sends "1"). */
    public static boolean truthy(String value) {
        return "true".equals(value) || "1".equals(value);
    }

    private String nextTs() {
        return "1700000000." + String.format("%06d", sequence.getAndIncrement());
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("ok", true);
    }

    private static ObjectNode error(String error) {
        return JSON.createObjectNode().put("ok", false).put("error", error);
    }

    private static ObjectNode invalid(String detail) {
        ObjectNode answer = error("invalid_blocks");
        answer.putArray("errors").add(detail);
        return answer;
    }

    private static Map<String, String> params(HttpExchange exchange, String body) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.startsWith("application/json")) {
            JsonNode json = JSON.readTree(body);
            json.fields().forEachRemaining(e -> params.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, ObjectNode json, Integer retryAfter) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(retryAfter));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
