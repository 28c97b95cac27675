package io.incidentbot.slack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.common.IncidentId;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.db.Database;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /incident escalate and the card's Escalate button: the route, its owner, and what evidence is missing. */
class EscalationTest {
    @TempDir
    Path dir;
    TestBot bot;
    Call card;
    String channel;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir);
        card = bot.openIncident("Provider keys revoked", "SEV2", "ai-provider");
        channel = card.param("channel");
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    void saveEvidence(ViewSubmission.Filler filler) {
        int before = bot.slack.calls("views.open").size();
        bot.click(bot.card(card), "evidence-add");
        var view = bot.slack.await("views.open", before + 1).get(before).json("view");
        int updates = bot.cardUpdates(card);
        HttpResponse<String> ack = bot.submit(filler.fill(ViewSubmission.of(view)));
        assertThat(TestBot.json(ack).path("response_action").isMissingNode()).as(ack.body()).isTrue();
        bot.awaitCardUpdate(card, updates);
    }

    /** Someone holds a role (the role assignment flow is built elsewhere; its table is V001's). */
    void assign(String role, String user) {
        try (Database db = Database.open(bot.db.toString())) {
            db.writing(h -> h.execute("INSERT INTO role_assignment (team_id, number, role, user_id, assigned_by, assigned_at) "
                    + "VALUES (?, 1, ?, ?, ?, 0)", TestBot.TEAM, role, user, TestBot.USER));
        }
    }

    Call escalationPost(int before) {
        return bot.slack.await("chat.postMessage", before + 1).get(before);
    }

    @Test
    void escalatingWithIncompleteEvidenceWarnsAndListsWhatIsMissing() {
        saveEvidence(form -> form.select("evidence-category", "provider").text("evidence-php-version", "8.2.12"));
        assign("provider-owner", "U0PROV");
        int posts = bot.slack.calls("chat.postMessage").size();

        HttpResponse<String> ack = bot.commandAs(TestBot.USER, channel, "escalate");

        assertThat(ack.statusCode()).isEqualTo(200);
        Call post = escalationPost(posts);
        assertThat(post.param("channel")).isEqualTo(channel);
        assertThat(post.param("text")).contains("*INC-1: escalate to AI provider support*",
                "Owner: <@U0PROV> (Provider owner)", "Why: Categorised as a provider issue.",
                "⚠️ *Evidence is incomplete* (2/11). Missing: exact timestamp, affected user, affected screen, "
                        + "plugin version, WordPress version, WooCommerce version, reproduction steps, diagnostics, "
                        + "purchase context.", "`/incident evidence INC-1`", "Asked by <@U0ALICE>");
    }

    @Test
    void theCardNamesTheHolderOfTheRoutesRole() {
        assign("hosting-owner", "U0HOST");
        saveEvidence(form -> form.select("evidence-diagnostics-dns", "fail"));

        assertThat(bot.card(card).allText()).contains("*Escalation route:* Hosting support · owner <@U0HOST> (Hosting owner)",
                "DNS check failed.");
    }

    @Test
    void theEscalateButtonPostsInTheIncidentChannelAndTheRequestIsAudited() throws Exception {
        int posts = bot.slack.calls("chat.postMessage").size();

        assertThat(bot.click(bot.card(card), "evidence-escalate").statusCode()).isEqualTo(200);

        Call post = escalationPost(posts);
        assertThat(post.param("channel")).isEqualTo(channel);
        assertThat(post.param("text")).contains("escalate to Internal operations",
                "Owner: unassigned: nobody holds the Owner role yet", "Routing is unclear", "*Evidence is incomplete* (0/11)");
        bot.slack.awaitQuiet(100);
        try (Database db = Database.open(bot.db.toString())) {
            var timeline = new IncidentService(db, bot.clock).timeline(new IncidentId(TestBot.TEAM, 1));
            assertThat(timeline).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("escalation recommended");
                assertThat(e.after()).isEqualTo("Internal operations · owner unassigned · Evidence 0/11 — missing: "
                        + "exact timestamp, affected user, affected screen, plugin version, WordPress version, "
                        + "WooCommerce version, PHP version, reproduction steps, diagnostics, purchase context, category");
            });
        }
    }

    @Test
    void completeEvidenceEscalatesWithoutAWarning() {
        try (Database db = Database.open(bot.db.toString())) {
            new EvidenceService(db, bot.clock, ConfigLoader.defaults().evidence()).saveEvidence(
                    new IncidentId(TestBot.TEAM, 1), TestBot.USER, Map.ofEntries(
                            Map.entry(EvidenceField.EXACT_TIME, "1772715900"),
                            Map.entry(EvidenceField.AFFECTED_USER, "Admin"),
                            Map.entry(EvidenceField.AFFECTED_SCREEN, "Settings"),
                            Map.entry(EvidenceField.PLUGIN_VERSION, "4.2.1"),
                            Map.entry(EvidenceField.WORDPRESS_VERSION, "6.4.2"),
                            Map.entry(EvidenceField.WOOCOMMERCE_VERSION, "8.5.1"),
                            Map.entry(EvidenceField.PHP_VERSION, "8.2.12"),
                            Map.entry(EvidenceField.REPRODUCTION_STEPS, "1. Save"),
                            Map.entry(EvidenceField.DIAGNOSTICS,
                                    "php-extensions=pass;outbound-https=pass;dns=pass;ssl=pass;firewall=pass"),
                            Map.entry(EvidenceField.PURCHASE_CONTEXT, "Regular"),
                            Map.entry(EvidenceField.CATEGORY, "provider")));
        }
        int posts = bot.slack.calls("chat.postMessage").size();

        HttpResponse<String> reply = bot.command("escalate INC-1"); // typed elsewhere: told where it went

        assertThat(TestBot.replyText(reply)).isEqualTo("Posting the escalation route in <#" + channel + ">.");
        Call post = escalationPost(posts);
        assertThat(post.param("text")).contains("escalate to AI provider support", "✅ Evidence complete (11/11)")
                .doesNotContain("⚠️");
    }

    @Test
    void whenThePostFailsTheAskerGetsTheRoutePrivately() {
        bot.slack.failNext("chat.postMessage", "not_in_channel");

        bot.commandAs(TestBot.USER, channel, "escalate");

        Call told = bot.slack.await("response_url");
        assertThat(told.body().path("text").asText()).contains("couldn't post", "not_in_channel", "escalate to Internal operations");
    }
}
