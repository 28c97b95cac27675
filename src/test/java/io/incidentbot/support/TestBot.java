package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.incidentbot.Main;
import io.incidentbot.config.Settings;
import io.incidentbot.incident.ResolveCheck;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.slack.SlackApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    /** Due timers are looked for this often: fast, so tests advance the clock instead of sleeping. */
    public static final Duration TIMER_POLL = Duration.ofMillis(25);

    private final Optional<Path> config;
    private final List<ResolveCheck> resolveChecks;
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger actions = new AtomicInteger();
    private SlackApp app;
    private SignedRequests requests;

    private TestBot(Path dir, Optional<String> configYaml, List<ResolveCheck> resolveChecks) throws Exception {
        this.resolveChecks = List.copyOf(resolveChecks);
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
        return new TestBot(dir, Optional.empty(), List.of());
    }

    public static TestBot start(Path dir, String configYaml) throws Exception {
        return new TestBot(dir, Optional.of(configYaml), List.of());
    }

    /** With resolve checks registered, as the runbook checklist will register one. */
    public static TestBot start(Path dir, String configYaml, List<ResolveCheck> resolveChecks) throws Exception {
        return new TestBot(dir, Optional.of(configYaml), resolveChecks);
    }

    public Settings settings() {
        return new Settings(FakeSlack.BOT_TOKEN, Optional.of(SignedRequests.SIGNING_SECRET), Optional.empty(), 0,
                slack.apiUrl(), db.toString(), config).withTimerPoll(TIMER_POLL);
    }

    private void startApp() throws Exception {
        app = Main.start(settings(), clock, resolveChecks);
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
        HttpResponse<String> response = requests.command("/incident", text, TEAM, user, channel,
                slack.responseUrl("command-" + commands.incrementAndGet()));
        checked(response);
        return response;
    }

    /** Someone clicks a button (or uses another element) in a message the bot posted or updated. */
    public HttpResponse<String> click(String user, Call message, String actionId) {
        return checked(requests.interaction(BlockAction.click(withTs(message), actionId, TEAM, user,
                nextActionResponseUrl())));
    }

    /** Someone picks {@code picked} in a users_select of a message the bot posted or updated. */
    public HttpResponse<String> pick(String user, Call message, String actionId, String picked) {
        return checked(requests.interaction(BlockAction.pickUser(withTs(message), actionId, picked, TEAM, user,
                nextActionResponseUrl())));
    }

    /** The latest rendering of an incident's card ("INC-1"): its last chat.postMessage or chat.update. */
    public Call card(String id) {
        List<Call> renders = slack.calls().stream()
                .filter(c -> c.method().equals("chat.postMessage") || c.method().equals("chat.update"))
                .filter(c -> c.json("blocks").path(0).path("text").path("text").asText().contains(id + " ·"))
                .toList();
        if (renders.isEmpty()) {
            throw new AssertionError("no card of " + id + " was posted; calls were " + slack.methods());
        }
        return renders.get(renders.size() - 1);
    }

    private HttpResponse<String> checked(HttpResponse<String> response) {
        if (response.statusCode() == 200 && response.body().startsWith("{")) {
            slack.checkResponse(json(response));
        }
        return response;
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
        return click(USER, message, actionId);
    }

    /** A recorded chat.postMessage carries no ts; the one Slack answered with is the message's. */
    private Call withTs(Call message) {
        if (message.param("ts") != null) {
            return message;
        }
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>(message.params());
        params.put("ts", slack.answerTs(message));
        return new Call(message.method(), params, message.body());
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
        return checked(requests.interaction(submission.payload(TEAM, user)));
    }

    /** {@code user} picks the option {@code value} of the select {@code actionId} in {@code message}. */
    public HttpResponse<String> select(String user, FakeSlack.Call message, String actionId, String value) {
        return checked(requests.interaction(BlockAction.select(withTs(message), actionId, value, TEAM, user,
                nextActionResponseUrl())));
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

    /** Every text of an ephemeral reply: its text and all its blocks' text. */
    public static String replyAllText(HttpResponse<String> response) {
        StringBuilder out = new StringBuilder();
        collectText(json(response), out);
        return out.toString();
    }

    private static void collectText(JsonNode node, StringBuilder out) {
        if (node.isObject() && node.path("text").isTextual()) {
            out.append(node.get("text").asText()).append('\n');
        }
        node.forEach(child -> collectText(child, out));
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
