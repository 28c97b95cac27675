package io.incidentbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentbot.Main;
import io.incidentbot.config.Settings;
import io.incidentbot.support.FakeSlack;
import io.incidentbot.support.MutableClock;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With SLACK_APP_TOKEN set the bot takes its requests over Socket Mode and acks them on the socket. */
class SocketModeTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Slack's end of the Socket Mode connection. */
    static final class SlackSocket extends WebSocketServer {
        final CompletableFuture<WebSocket> connected = new CompletableFuture<>();
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();

        SlackSocket() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A0APP\"}}");
            connected.complete(socket);
        }

        @Override
        public void onMessage(WebSocket socket, String message) {
            received.add(message);
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        }

        @Override
        public void onError(WebSocket socket, Exception e) {
        }

        @Override
        public void onStart() {
        }
    }

    @Test
    void aSlashCommandArrivesOverTheSocketAndIsAnsweredThere() throws Exception {
        SlackSocket socket = new SlackSocket();
        socket.start();
        try (FakeSlack slack = new FakeSlack()) {
            while (socket.getPort() == 0) {
                Thread.sleep(5);
            }
            slack.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
            Settings settings = new Settings(FakeSlack.BOT_TOKEN, Optional.empty(), Optional.of(FakeSlack.APP_TOKEN), 0,
                    slack.apiUrl(), dir.resolve("bot.db").toString(), Optional.empty());
            try (SlackApp app = Main.start(settings, MutableClock.startingNow())) {
                WebSocket connection = socket.connected.get(10, TimeUnit.SECONDS);
                connection.send("""
                        {"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
                         "payload":{"token":"t","team_id":"%s","team_domain":"fake","channel_id":"C0SUPPORT",
                                    "channel_name":"support","user_id":"U0ALICE","user_name":"alice",
                                    "command":"/incident","text":"help","api_app_id":"A0APP",
                                    "response_url":"%s","trigger_id":"1.2.3"}}
                        """.formatted(FakeSlack.TEAM, slack.responseUrl("socket")));

                JsonNode ack = JSON.readTree(socket.received.poll(10, TimeUnit.SECONDS));
                assertThat(ack.path("envelope_id").asText()).isEqualTo("env-1");
                assertThat(ack.path("payload").path("text").asText()).contains("/incident open [title]", "/incident list");
                assertThat(slack.calls("apps.connections.open")).isNotEmpty();

                // HTTP serves health only: events arrive over the socket
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            }
            assertThat(slack.violations()).isEmpty();
        } finally {
            socket.stop(1000);
        }
    }
}
