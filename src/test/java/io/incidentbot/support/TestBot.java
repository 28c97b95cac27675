package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentbot.Main;
import io.incidentbot.config.Settings;
import io.incidentbot.slack.SlackApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real bot, started the way {@code java -jar} starts it (HTTP mode, ephemeral port, a SQLite
 * file in a temp directory, real migrations) against a {@link FakeSlack}. Closing it fails the test
 * if the bot ever sent Slack something Slack would have rejected.
 */
public final class TestBot implements AutoCloseable {
    public static final String TEAM = FakeSlack.TEAM;
    public static final String USER = "U0ALICE";
    public static final String CHANNEL = "C0SUPPORT";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final FakeSlack slack;
    public final MutableClock clock = MutableClock.startingNow();
    public final Path db;
    private final Optional<Path> config;
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger actions = new AtomicInteger();
    private SlackApp app;
    private SignedRequests requests;

    private TestBot(Path dir, Optional<String> configYaml) throws Exception {
        this.slack = new FakeSlack();
        this.db = dir.resolve("incident-bot.db");
        if (configYaml.isPresent()) {
            Path file = dir.resolve("incident-bot.yml");
            Files.writeString(file, configYaml.get());
            this.config = Optional.of(file);
        } else {
            this.config = Optional.empty();
        }
        startApp();
    }

    public static TestBot start(Path dir) throws Exception {
        return new TestBot(dir, Optional.empty());
    }

    public static TestBot start(Path dir, String configYaml) throws Exception {
        return new TestBot(dir, Optional.of(configYaml));
    }

    public Settings settings() {
        return new Settings(FakeSlack.BOT_TOKEN, Optional.of(SignedRequests.SIGNING_SECRET), Optional.empty(), 0,
                slack.apiUrl(), db.toString(), config);
    }

    private void startApp() throws Exception {
        app = Main.start(settings(), clock);
        requests = new SignedRequests(URI.create("http://127.0.0.1:" + app.port() + "/slack/events"),
                SignedRequests.SIGNING_SECRET, clock);
    }

    /** Stops the process's bot and starts a new one on the same database file. */
    public void restart() throws Exception {
        restart(() -> { });
    }

    /** Restarts, doing {@code whileStopped} (e.g. writing to the database file) in between. */
    public void restart(Runnable whileStopped) throws Exception {
        app.close();
        whileStopped.run();
        startApp();
    }

    public int port() {
        return app.port();
    }

    public SignedRequests requests() {
        return requests;
    }

    /** {@code /incident <text>} typed by {@link #USER} in {@link #CHANNEL}. */
    public HttpResponse<String> command(String text) {
        return commandAs(USER, CHANNEL, text);
    }

    public HttpResponse<String> commandAs(String user, String channel, String text) {
        return requests.command("/incident", text, TEAM, user, channel,
                slack.responseUrl("command-" + commands.incrementAndGet()));
    }

    /** Types {@code /incident open <title>} and returns the modal the bot opened. */
    public JsonNode openModal(String title) {
        int before = slack.calls("views.open").size();
        HttpResponse<String> response = command(("open " + title).strip());
        if (response.statusCode() != 200) {
            throw new AssertionError("/incident open answered " + response.statusCode() + ": " + response.body());
        }
        return slack.await("views.open", before + 1).get(before).json("view");
    }

    /** Clicks the button {@code actionId} on a message the bot posted or updated (a recorded call). */
    public HttpResponse<String> click(FakeSlack.Call message, String actionId) {
        return clickAs(USER, message, actionId);
    }

    public HttpResponse<String> clickAs(String user, FakeSlack.Call message, String actionId) {
        JsonNode button = null;
        String blockId = null;
        for (JsonNode block : message.json("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().equals(actionId)) {
                    button = element;
                    blockId = block.path("block_id").asText();
                }
            }
        }
        if (button == null) {
            throw new AssertionError("the message has no button " + actionId + ": " + message.allText());
        }
        String channel = message.param("channel");
        String ts = message.param("ts") != null ? message.param("ts") : "1700000000.000001";
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A0APP")
                .put("token", "deprecated").put("trigger_id", "1337.42.click")
                .put("response_url", slack.responseUrl("action-" + commands.incrementAndGet()));
        payload.putObject("team").put("id", TEAM).put("domain", "fake");
        payload.putObject("user").put("id", user).put("team_id", TEAM).put("username", "someone");
        payload.putObject("channel").put("id", channel).put("name", "incident");
        payload.putObject("container").put("type", "message").put("message_ts", ts).put("channel_id", channel);
        payload.putObject("message").put("type", "message").put("ts", ts).put("text", message.param("text"));
        payload.putArray("actions").addObject().put("type", "button").put("action_id", actionId)
                .put("block_id", blockId).put("value", button.path("value").asText()).put("action_ts", "1700000001.000001")
                .set("text", button.path("text"));
        return requests.interaction(payload);
    }

    /**
     * Opens an incident through the open modal and waits until its set-up is done (channel, card,
     * pin, announcement: the default config); returns the card as posted.
     */
    public FakeSlack.Call openIncident(String title, String severity, String area) {
        int cards = slack.calls("pins.add").size();
        int posts = slack.calls("chat.postMessage").size();
        JsonNode view = openModal(title);
        HttpResponse<String> ack = submit(ViewSubmission.of(view).select("incident-open-severity", severity)
                .select("incident-open-area", area));
        if (!TestBot.json(ack).path("response_action").isMissingNode()) {
            throw new AssertionError("the open form was refused: " + ack.body());
        }
        String ts = slack.await("pins.add", cards + 1).get(cards).param("timestamp");
        slack.await("chat.postMessage", posts + 2); // the card, then the announcement
        slack.awaitQuiet(250); // then the set-up steps (checklists) and the card's refresh
        return slack.calls("chat.postMessage").stream().filter(c -> ts.equals(slackTs(c))).findFirst().orElseThrow();
    }

    private String slackTs(FakeSlack.Call post) {
        return slack.answerTs(post);
    }

    /** The card as last rendered (its latest chat.update, or the post when it was never updated). */
    public FakeSlack.Call card(FakeSlack.Call posted) {
        String ts = slackTs(posted);
        List<FakeSlack.Call> updates = slack.calls("chat.update").stream().filter(c -> ts.equals(c.param("ts"))).toList();
        return updates.isEmpty() ? posted : updates.get(updates.size() - 1);
    }

    /** Waits for the card's next chat.update after {@code before} updates of it, and returns it. */
    public FakeSlack.Call awaitCardUpdate(FakeSlack.Call posted, int before) {
        String ts = slackTs(posted);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeSlack.Call> updates = slack.calls("chat.update").stream().filter(c -> ts.equals(c.param("ts"))).toList();
            if (updates.size() > before) {
                return updates.get(updates.size() - 1);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the card was not updated within 10 s");
    }

    public int cardUpdates(FakeSlack.Call posted) {
        String ts = slackTs(posted);
        return (int) slack.calls("chat.update").stream().filter(c -> ts.equals(c.param("ts"))).count();
    }

    public HttpResponse<String> submit(ViewSubmission submission) {
        return submitAs(USER, submission);
    }

    public HttpResponse<String> submitAs(String user, ViewSubmission submission) {
        return requests.interaction(submission.payload(TEAM, user));
    }

    /** {@code user} clicks the button {@code actionId} of {@code message} (as it stands in FakeSlack). */
    public HttpResponse<String> click(String user, FakeSlack.Call message, String actionId) {
        return requests.interaction(BlockAction.click(message, actionId, TEAM, user, nextActionResponseUrl()));
    }

    /** {@code user} picks the option {@code value} of the select {@code actionId} in {@code message}. */
    public HttpResponse<String> select(String user, FakeSlack.Call message, String actionId, String value) {
        return requests.interaction(BlockAction.select(message, actionId, value, TEAM, user, nextActionResponseUrl()));
    }

    /** A block action with any value, as from an outdated message or a forged request. */
    public HttpResponse<String> forgedClick(String user, String channel, String actionId, String value) {
        return requests.interaction(BlockAction.forged(channel, "1700000000.999999", actionId, value, TEAM, user,
                nextActionResponseUrl()));
    }

    private String nextActionResponseUrl() {
        return slack.responseUrl("action-" + actions.incrementAndGet());
    }

    /** The text of an ephemeral reply in a command's HTTP response. */
    public static String replyText(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("text").asText();
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body());
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body());
        }
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            slack.close();
        }
        if (!slack.violations().isEmpty()) {
            throw new AssertionError("the bot sent Slack payloads Slack would reject: " + slack.violations());
        }
    }
}
