package io.incidentbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentbot.slack.BenchServer;
import io.incidentbot.support.FakeSlack;
import io.incidentbot.support.SignedRequests;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ack latency and throughput of the real bot against a no-op Bolt app behind the same HTTP edge,
 * measured in the same run, each server in its own process, the load from this one.
 * Run: {@code mvn -B -Pbench test -Dtest=AckLatencyBenchmark}. Writes target/bench-ack.md.
 */
@Tag("bench")
class AckLatencyBenchmark {
    static final String SECRET = SignedRequests.SIGNING_SECRET;
    static final int SLACK_LATENCY_MS = 30;
    static final ObjectMapper JSON = new ObjectMapper();
    final AtomicLong counter = new AtomicLong();
    final SignedRequests signer = new SignedRequests(URI.create("http://unused"), SECRET, Clock.systemUTC());

    record Figures(double openPerSecond, double buttonPerSecond, double openP50, double openP99, double buttonP50,
                   double buttonP99, int failures) {
    }

    @Test
    void measure() throws Exception {
        Path dir = Files.createTempDirectory("bench");
        try (FakeSlack slack = new FakeSlack(false)) {
            // Slack answers a server in tens of milliseconds; the bot's after-ack calls wait, as in production
            slack.latency(java.time.Duration.ofMillis(SLACK_LATENCY_MS));
            Figures floor = measure("noop", dir.resolve("noop.db"), slack);
            Figures real = measure("real", dir.resolve("real.db"), slack);
            List<Long> ready = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ready.add(readyMillis(dir.resolve("ready-" + i + ".db"), slack));
            }
            ready.sort(Long::compare);
            String report = report(floor, real, ready);
            System.out.println(report);
            Files.writeString(Path.of("target/bench-ack.md"), report);
        }
    }

    private Figures measure(String mode, Path db, FakeSlack slack) throws Exception {
        int port = freePort();
        Process server = start(mode, port, db, slack);
        try {
            awaitReady(port, server);
            HttpLoad load = new HttpLoad(port);
            load.saturate(8, 4, this::openSubmission); // warm-up: JIT, connection pools, SQLite cache
            load.saturate(8, 2, this::buttonClick);
            HttpLoad.Result open = load.saturate(16, Double.parseDouble(System.getenv().getOrDefault("BENCH_SATURATE_SECONDS", "8")),
                    this::openSubmission);
            HttpLoad.Result button = load.saturate(16, 5, this::buttonClick);
            Thread.sleep(2_000); // let the real bot's after-ack Slack work drain before measuring latency
            HttpLoad.Result openAt100 = load.fixedRate(100, 15, this::openSubmission);
            HttpLoad.Result buttonAt100 = load.fixedRate(100, 10, this::buttonClick);
            int failures = open.failures() + openAt100.failures() + (mode.equals("noop") ? button.failures() + buttonAt100.failures() : 0);
            return new Figures(open.perSecond(), button.perSecond(), openAt100.percentileMillis(0.5),
                    openAt100.percentileMillis(0.99), buttonAt100.percentileMillis(0.5),
                    buttonAt100.percentileMillis(0.99), failures);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private long readyMillis(Path db, FakeSlack slack) throws Exception {
        int port = freePort();
        long start = System.nanoTime();
        Process server = start("real", port, db, slack);
        try {
            awaitReady(port, server);
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static Process start(String mode, int port, Path db, FakeSlack slack) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-XX:+UseSerialGC", "-Xmx128m",
                "-Dlogback.configurationFile=bench-logback.xml"));
        String profile = System.getenv("BENCH_PROFILE"); // e.g. target/real.jfr: a flight recording of the real bot
        if (profile != null && db.getFileName().toString().equals("real.db")) {
            command.add("-XX:StartFlightRecording=filename=" + profile + ",settings=profile");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName(), mode,
                String.valueOf(port), db.toString(), slack.apiUrl(), SECRET, FakeSlack.BOT_TOKEN));
        return new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(Path.of("target/bench-server-" + mode + ".log").toFile()).start();
    }

    private static void awaitReady(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build();
        for (int i = 0; i < 3000; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("bench server died");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new AssertionError("bench server not ready in 15 s");
    }

    private HttpLoad.Request openSubmission() {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission");
        payload.putObject("team").put("id", FakeSlack.TEAM);
        payload.putObject("user").put("id", "U0BENCH");
        ObjectNode view = payload.putObject("view").put("id", "V1").put("type", "modal").put("callback_id", "incident-open")
                .put("private_metadata", "origin=C0BENCH");
        ObjectNode values = view.putObject("state").putObject("values");
        values.putObject("incident-open-title").putObject("incident-open-title-input")
                .put("type", "plain_text_input").put("value", "Checkout failing after 4.2 update #" + counter.incrementAndGet());
        select(values, "severity", "SEV2");
        select(values, "area", "checkout");
        select(values, "customer-visible", "yes");
        select(values, "privacy-sensitive", "no");
        return signed("payload=" + encode(payload.toString()));
    }

    private HttpLoad.Request buttonClick() {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("trigger_id", "1.2.3");
        payload.putObject("team").put("id", FakeSlack.TEAM);
        payload.putObject("user").put("id", "U0BENCH");
        payload.putObject("channel").put("id", "C0BENCH");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", "bench-button")
                .put("block_id", "bench").put("value", "1").put("action_ts", "1700000000.1");
        return signed("payload=" + encode(payload.toString()));
    }

    private static void select(ObjectNode values, String field, String value) {
        values.putObject("incident-open-" + field).putObject("incident-open-" + field + "-input")
                .put("type", "static_select").putObject("selected_option").put("value", value);
    }

    private HttpLoad.Request signed(String body) {
        long ts = System.currentTimeMillis() / 1000;
        return HttpLoad.post(body, String.valueOf(ts), signer.sign(ts, body));
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String report(Figures floor, Figures real, List<Long> ready) {
        StringBuilder out = new StringBuilder("## Ack benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores; servers in their own processes, load from a third; fake Slack answers in "
                + SLACK_LATENCY_MS + " ms)\n\n");
        out.append("| measure | no-op Bolt (floor) | incident-bot | ratio |\n|---|---|---|---|\n");
        row(out, "open submission, saturation (req/s)", floor.openPerSecond(), real.openPerSecond(), true);
        row(out, "button click, saturation (req/s)", floor.buttonPerSecond(), real.buttonPerSecond(), true);
        row(out, "open submission at 100 req/s, p50 (ms)", floor.openP50(), real.openP50(), false);
        row(out, "open submission at 100 req/s, p99 (ms)", floor.openP99(), real.openP99(), false);
        row(out, "button click at 100 req/s, p50 (ms)", floor.buttonP50(), real.buttonP50(), false);
        row(out, "button click at 100 req/s, p99 (ms)", floor.buttonP99(), real.buttonP99(), false);
        out.append("\nReady (healthz 200 after process start, fresh database), 3 runs: ").append(ready).append(" ms\n");
        out.append("Failed requests: floor ").append(floor.failures()).append(", incident-bot ").append(real.failures()).append('\n');
        return out.toString();
    }

    private static void row(StringBuilder out, String name, double floor, double real, boolean throughput) {
        String ratio = throughput ? String.format(Locale.ROOT, "%.0f %% of floor", 100 * real / floor)
                : String.format(Locale.ROOT, "%.1f× floor", real / floor);
        out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s |%n", name, floor, real, ratio));
    }
}
