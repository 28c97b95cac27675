package io.incidentbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.support.SignedRequests;
import io.incidentbot.support.TestBot;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the HTTP edge refuses before Bolt sees it: nothing is stored and Slack is not called. */
class SlackHttpEdgeTest {
    @TempDir
    Path dir;
    TestBot bot;
    SignedRequests requests;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir);
        requests = bot.requests();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            // every rejected request: no Web API call beyond Bolt's start-up auth.test, and nothing stored
            assertThat(bot.slack.methods()).isEmpty();
            assertThat(TestBot.replyText(bot.command("list"))).contains("No open incidents");
        } finally {
            bot.close();
        }
    }

    private String listCommand(String team) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", team);
        form.put("user_id", TestBot.USER);
        form.put("channel_id", TestBot.CHANNEL);
        form.put("command", "/incident");
        form.put("text", "open Checkout down");
        form.put("response_url", bot.slack.responseUrl("x"));
        form.put("trigger_id", "1.2.3");
        return SignedRequests.form(form);
    }

    private long now() {
        return bot.clock.instant().getEpochSecond();
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsRejected() {
        long stale = now() - 301;
        String body = listCommand(TestBot.TEAM);
        HttpResponse<String> response = requests.send(body, "application/x-www-form-urlencoded",
                String.valueOf(stale), requests.sign(stale, body));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAheadIsRejected() {
        long future = now() + 301;
        String body = listCommand(TestBot.TEAM);
        HttpResponse<String> response = requests.send(body, "application/x-www-form-urlencoded",
                String.valueOf(future), requests.sign(future, body));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongSignatureIsRejected() {
        String body = listCommand(TestBot.TEAM);
        String forged = new SignedRequests(URI.create("http://unused"), "not-the-secret", bot.clock).sign(now(), body);
        assertThat(requests.send(body, "application/x-www-form-urlencoded", String.valueOf(now()), forged)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyChangedAfterSigningIsRejected() {
        String body = listCommand(TestBot.TEAM);
        String signature = requests.sign(now(), body);
        assertThat(requests.send(body.replace("Checkout", "Checkoup"), "application/x-www-form-urlencoded",
                String.valueOf(now()), signature).statusCode()).isEqualTo(401);
    }

    @Test
    void missingSignatureHeadersAreRejected() {
        assertThat(requests.send(listCommand(TestBot.TEAM), "application/x-www-form-urlencoded", null, null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyOverOneMebibyteIsRejectedWithoutReadingIt() throws Exception {
        // the headers announce 2 MiB and only a few bytes follow: the answer must come without the rest
        try (Socket socket = new Socket("127.0.0.1", bot.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "X-Slack-Request-Timestamp: " + now() + "\r\nX-Slack-Signature: v0=00\r\n"
                    + "Content-Length: " + (2 << 20) + "\r\n\r\ntext=aaaa").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
    }

    @Test
    void aChunkedBodyOverOneMebibyteIsRejectedToo() throws Exception {
        byte[] body = ("text=" + "a".repeat(SlackHttpEdge.MAX_BODY)).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(now()))
                .header("X-Slack-Signature", requests.sign(now(), new String(body, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aNonFormContentTypeIsRejected() {
        String body = "{\"team_id\":\"" + TestBot.TEAM + "\"}";
        assertThat(requests.send(body, "application/json", String.valueOf(now()), requests.sign(now(), body))
                .statusCode()).isEqualTo(415);
        String form = listCommand(TestBot.TEAM);
        assertThat(requests.send(form, "text/plain", String.valueOf(now()), requests.sign(now(), form))
                .statusCode()).isEqualTo(415);
    }

    @Test
    void aRequestWithoutTeamIdIsRejected() {
        String body = listCommand("");
        HttpResponse<String> response = requests.post(body.replace("team_id=&", ""));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("team_id_missing");
    }

    @Test
    void aSignedButMalformedPayloadIsRejectedWithoutAStackTrace() {
        for (String body : new String[] {"payload=%7B%22type%22%3A%22view_submission%22%2C%22view%22%3A%7B%7D%7D",
                "payload=not-json", "payload=%7B%22type%22%3A%22event_callback%22%7D"}) {
            HttpResponse<String> response = requests.post(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception");
        }
    }

    @Test
    void healthIsServed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.port() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"ok\":true");
    }
}
