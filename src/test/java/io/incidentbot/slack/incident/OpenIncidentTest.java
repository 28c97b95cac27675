package io.incidentbot.slack.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.db.Database;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.support.FakeSlack;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /incident open → modal → submission → channel, invite, card, pin, announcement; survives a restart. */
class OpenIncidentTest {
    static final String TITLE = "incident-open-title";
    static final String SEVERITY = "incident-open-severity";
    static final String AREA = "incident-open-area";
    static final String VISIBLE = "incident-open-customer-visible";
    static final String PRIVACY = "incident-open-privacy-sensitive";
    static final String DESCRIPTION = "incident-open-description";
    static final String NOTICED = "incident-open-noticed-at";

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    static JsonNode block(JsonNode view, String blockId) {
        return StreamSupport.stream(view.path("blocks").spliterator(), false)
                .filter(b -> b.path("block_id").asText().equals(blockId)).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + blockId));
    }

    @Test
    void theModalIsPrefilledWithTheTitleAndOffersTheConfiguredChoices() {
        JsonNode view = bot.openModal("Checkout failing after 4.2 update");

        assertThat(view.path("title").path("text").asText()).isEqualTo("Open an incident");
        assertThat(block(view, TITLE).path("element").path("initial_value").asText())
                .isEqualTo("Checkout failing after 4.2 update");
        JsonNode severity = block(view, SEVERITY).path("element");
        assertThat(severity.path("options")).extracting(o -> o.path("value").asText())
                .containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
        assertThat(severity.path("options").get(0).path("description").path("text").asText())
                .contains("Checkout", "customers");
        assertThat(block(view, AREA).path("element").path("options")).extracting(o -> o.path("text").path("text").asText())
                .contains("Workflow", "Watcher", "Agent", "Custom tool", "Publishing path", "Theme Assistant",
                        "AI provider", "Checkout / WooCommerce", "Plugin update", "Other");
        assertThat(block(view, VISIBLE).path("element").path("type").asText()).isEqualTo("radio_buttons");
        assertThat(block(view, PRIVACY).path("element").path("type").asText()).isEqualTo("radio_buttons");
        assertThat(block(view, DESCRIPTION).path("element").path("multiline").asBoolean()).isTrue();
        assertThat(block(view, NOTICED).path("element").path("type").asText()).isEqualTo("datetimepicker");
    }

    @Test
    void slackEscapesInTheCommandTextAreUndoneInThePrefill() {
        JsonNode view = bot.openModal("Refunds &amp; coupons &lt;broken&gt;");

        assertThat(block(view, TITLE).path("element").path("initial_value").asText())
                .isEqualTo("Refunds & coupons <broken>");
    }

    @Test
    void openWithoutTextOpensAnEmptyForm() {
        JsonNode view = bot.openModal("");

        assertThat(block(view, TITLE).path("element").has("initial_value")).isFalse();
    }

    @Test
    void submittingCreatesTheChannelCardPinAndAnnouncement() throws Exception {
        JsonNode view = bot.openModal("Checkout failing after 4.2 update");
        long noticed = bot.clock.instant().getEpochSecond() - 3600;

        HttpResponse<String> ack = bot.submit(ViewSubmission.of(view)
                .select(SEVERITY, "SEV1").select(AREA, "checkout").select(VISIBLE, "yes")
                .text(DESCRIPTION, "Customers get a 500 on the pay button since 13:05.")
                .dateTime(NOTICED, noticed));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(TestBot.json(ack).path("response_action").isMissingNode()).isTrue();
        Call created = bot.slack.await("conversations.create");
        assertThat(created.param("name")).isEqualTo("inc-1-checkout-failing-after-4-2-update");
        assertThat(FakeSlack.truthy(created.param("is_private"))).isFalse();
        Call invite = bot.slack.await("conversations.invite");
        assertThat(invite.param("users")).isEqualTo(TestBot.USER);
        List<Call> posts = bot.slack.await("chat.postMessage", 2);
        Call card = posts.get(0);
        String channel = invite.param("channel");
        assertThat(card.param("channel")).isEqualTo(channel);
        assertThat(card.allText()).contains("INC-1 · Checkout failing after 4.2 update", "SEV1 — Critical",
                "Investigating", "_unassigned_", "Checkout / WooCommerce", "Customers get a 500", "<@U0ALICE>",
                "<!date^" + noticed + "^");
        Call pin = bot.slack.await("pins.add");
        assertThat(pin.param("channel")).isEqualTo(channel);
        Call announcement = posts.get(1);
        assertThat(announcement.param("channel")).isEqualTo(TestBot.CHANNEL);
        assertThat(announcement.param("text")).contains("INC-1", "Checkout failing after 4.2 update", "<#" + channel + ">");
    }

    @Test
    void incidentsAreNumberedPerWorkspaceAndListedAfterARestart() throws Exception {
        open("Checkout failing after 4.2 update", "SEV1", "checkout");
        open("Watcher stuck on publish", "SEV3", "watcher");
        bot.slack.await("chat.postMessage", 4);

        bot.restart();
        String list = TestBot.replyText(bot.command("list"));

        assertThat(list).contains("Open incidents (2)", "INC-1", "Checkout failing after 4.2 update", "SEV1",
                "INC-2", "Watcher stuck on publish", "owner: unassigned");
        assertThat(list.indexOf("INC-2")).isLessThan(list.indexOf("INC-1"));
    }

    @Test
    void anIncidentStoredJustBeforeTheProcessDiedIsSetUpOnRestart() throws Exception {
        bot.restart(() -> {
            // the state a kill leaves behind: the submission was stored and acknowledged, nothing posted yet
            try (Database db = Database.open(bot.db.toString())) {
                new IncidentService(db, bot.clock).open(new NewIncident(TestBot.TEAM, "Watcher publishes twice",
                        "SEV2", "watcher", false, false, "", Optional.empty(), TestBot.USER, TestBot.CHANNEL));
            }
        });

        assertThat(bot.slack.await("conversations.create").param("name")).isEqualTo("inc-1-watcher-publishes-twice");
        Call card = bot.slack.await("chat.postMessage");
        assertThat(card.allText()).contains("INC-1 · Watcher publishes twice");
        bot.slack.await("pins.add");

        bot.restart(); // set-up finished: nothing is posted again
        bot.slack.awaitQuiet(200);
        assertThat(bot.slack.calls("conversations.create")).hasSize(1);
        assertThat(bot.slack.calls("chat.postMessage")).hasSize(3); // the card, the announcement and the checklist, once
    }

    @Test
    void listSaysSoWhenNothingIsOpen() {
        assertThat(TestBot.replyText(bot.command("list"))).contains("No open incidents");
    }

    @Test
    void aPrivacySensitiveIncidentGetsAPrivateChannelAndADiscreetAnnouncement() {
        JsonNode view = bot.openModal("Customer emails visible in order notes");
        bot.submit(ViewSubmission.of(view).select(AREA, "checkout").select(PRIVACY, "yes"));

        assertThat(FakeSlack.truthy(bot.slack.await("conversations.create").param("is_private"))).isTrue();
        Call announcement = bot.slack.await("chat.postMessage", 2).get(1);
        assertThat(announcement.param("channel")).isEqualTo(TestBot.CHANNEL);
        assertThat(announcement.param("text")).contains("INC-1", "privacy-sensitive")
                .doesNotContain("Customer emails");
    }

    @Test
    void aTakenChannelNameGetsASuffix() {
        bot.slack.takeChannelName("inc-1-checkout-failing");
        open("Checkout failing", "SEV2", "checkout");

        List<Call> creates = bot.slack.await("conversations.create", 2);
        assertThat(creates.get(1).param("name")).isEqualTo("inc-1-checkout-failing-2");
        bot.slack.await("pins.add");
    }

    @Test
    void aTitleWithNoLatinLettersNamesTheChannelAfterTheArea() {
        open("Оплата не проходит", "SEV2", "checkout");

        assertThat(bot.slack.await("conversations.create").param("name")).isEqualTo("inc-1-checkout");
        assertThat(bot.slack.await("chat.postMessage").allText()).contains("Оплата не проходит");
    }

    @Test
    void whenTheChannelCannotBeCreatedTheCardGoesToTheOriginAndTheOpenerIsTold() {
        bot.slack.failNext("conversations.create", "restricted_action");
        open("Agent loops on tool call", "SEV2", "agent");

        Call card = bot.slack.await("chat.postMessage");
        assertThat(card.param("channel")).isEqualTo(TestBot.CHANNEL);
        assertThat(card.allText()).contains("INC-1 · Agent loops on tool call");
        Call told = bot.slack.await("response_url");
        assertThat(told.body().path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(told.body().path("text").asText()).contains("couldn't create a channel", "restricted_action");
        bot.slack.await("pins.add");
        Call checklist = bot.slack.await("chat.postMessage", 2).get(1); // the checklist lives with the card
        assertThat(checklist.param("channel")).isEqualTo(TestBot.CHANNEL);
        assertThat(checklist.param("text")).startsWith("INC-1 checklist");
        bot.slack.awaitQuiet(100);
        assertThat(bot.slack.calls("chat.postMessage")).hasSize(2); // no announcement pointing nowhere
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfter() {
        bot.slack.failNextWithStatus("chat.postMessage", 429, 1);
        open("Provider keys revoked", "SEV1", "ai-provider");

        List<Call> posts = bot.slack.await("chat.postMessage", 3);
        assertThat(posts.get(1).allText()).contains("INC-1 · Provider keys revoked");
        bot.slack.await("pins.add");
    }

    @Test
    void markupInATitleIsShownNotObeyed() {
        open("<!channel> checkout <https://evil.example|click>", "SEV2", "checkout");

        Call card = bot.slack.await("chat.postMessage");
        // mrkdwn (the notification text) is escaped; the plain_text header shows it literally and pings nobody
        assertThat(card.param("text")).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
        JsonNode header = card.json("blocks").get(0);
        assertThat(header.path("text").path("type").asText()).isEqualTo("plain_text");
        String announcement = bot.slack.await("chat.postMessage", 2).get(1).param("text");
        assertThat(announcement).doesNotContain("<!channel>", "<https://evil");
    }

    @Test
    void helpAndUnknownSubcommandsListEverySubcommand() {
        String help = TestBot.replyText(bot.command("help"));
        String unknown = TestBot.replyText(bot.command("frobnicate now"));

        assertThat(help).contains("/incident open [title]", "/incident list", "/incident help");
        assertThat(unknown).contains("I don't know `frobnicate`", "/incident open [title]", "/incident list");
        assertThat(TestBot.json(bot.command("")).path("response_type").asText()).isEqualTo("ephemeral");
    }

    private void open(String title, String severity, String area) {
        JsonNode view = bot.openModal(title);
        HttpResponse<String> ack = bot.submit(ViewSubmission.of(view).select(SEVERITY, severity).select(AREA, area));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("errors");
    }
}
