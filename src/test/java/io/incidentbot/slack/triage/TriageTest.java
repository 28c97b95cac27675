package io.incidentbot.slack.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.FakeSlack;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.Incidents;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity triage through Slack: the questions, the suggestion and why, confirm or override, the matrix's owners. */
class TriageTest {
    static final String ALICE = TestBot.USER;
    static final String MATRIX = """
            severities:
              - id: SEV1
                label: Critical
                meaning: Checkout, revenue or private data affected and visible to customers
                response_target: PT15M
                update_cadence: PT30M
                owners: { hosting-owner: [U0HOST, S0HOSTING], provider-owner: [U0PROV] }
                escalation: [{ after: PT15M, notify: [comms-owner, admins] }]
              - { id: SEV2, label: Major, response_target: PT30M, update_cadence: PT1H }
              - { id: SEV3, label: Minor, response_target: PT4H, update_cadence: PT4H }
              - { id: SEV4, label: Cosmetic, response_target: P1D }
            """;

    @TempDir
    Path dir;
    TestBot bot;

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    Opened openOwnedBy(String title, String severity, String owner) {
        Opened inc = Incidents.open(bot, title, severity);
        bot.commandAs(owner, inc.channel(), "assign <@" + owner + "|me>");
        bot.slack.awaitPost(inc.channel(), "the *Owner* role");
        bot.slack.await("chat.update", c -> c.allText().contains("*Owner*\n<@" + owner + ">"));
        return inc;
    }

    String timeline(Opened inc) {
        return TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline"));
    }

    @Test
    void theFormSuggestsALevelSaysWhyAndTheOwnerConfirmsIt() throws Exception {
        bot = TestBot.start(dir, MATRIX);
        Opened inc = openOwnedBy("Checkout failing after 4.2 update", "SEV3", ALICE);

        JsonNode criteria = Triage.open(bot, ALICE, inc);
        assertThat(criteria.path("title").path("text").asText()).isEqualTo("Triage INC-1");
        JsonNode decision = Triage.answer(bot, ALICE, criteria, "outage", true, true, false, false, "yes");

        assertThat(decision.toString()).contains("*Suggested: SEV1 — Critical*",
                "_SEV1: checkout affected and visible to customers_", "revenue at risk");
        HttpResponse<String> set = bot.submit(ViewSubmission.of(decision));
        assertThat(set.body()).doesNotContain("errors");

        Call brief = bot.slack.awaitPost(inc.channel(), "is SEV1 — Critical");
        assertThat(brief.allText()).contains("*INC-1 is SEV1 — Critical* (was SEV3) · set by <@U0ALICE>",
                "_SEV1: checkout affected and visible to customers_", "Respond by <!date^", "(within 15m)",
                "customer updates every 30m", "*Owner* <@U0ALICE>", "*Hosting owner* <@U0HOST> <!subteam^S0HOSTING>",
                "You contact hosting when", "*Provider owner* <@U0PROV>");
        bot.slack.await("conversations.invite", c -> "U0HOST".equals(c.param("users")));
        bot.slack.await("conversations.invite", c -> "U0PROV".equals(c.param("users")));
        bot.slack.await("chat.update", c -> c.allText().contains("SEV1 — Critical"));
        assertThat(bot.card(inc.id()).allText()).contains("SEV1 — Critical",
                "Triage: _SEV1: checkout affected and visible to customers_", "⏱ Respond by");
        assertThat(timeline(inc)).contains("<@U0ALICE> *severity*: SEV3 → SEV1 (suggested SEV1: checkout affected");
    }

    @Test
    void choosingAnotherLevelNeedsAReasonWhichGoesInTheTimeline() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = openOwnedBy("Watcher publishes twice", "SEV3", ALICE);
        JsonNode decision = Triage.answer(bot, ALICE, Triage.open(bot, ALICE, inc), "degraded", false, false, false,
                true, "yes");
        assertThat(decision.toString()).contains("SEV2: data is being written incorrectly");

        JsonNode errors = TestBot.json(bot.submit(ViewSubmission.of(decision).select(Triage.LEVEL, "SEV1")));
        assertThat(errors.path("response_action").asText()).isEqualTo("errors");
        assertThat(errors.path("errors").path(Triage.REASON).asText())
                .isEqualTo("You chose SEV1 over the suggested SEV2: say why (it goes in the timeline).");

        bot.submit(ViewSubmission.of(decision).select(Triage.LEVEL, "SEV1")
                .text(Triage.REASON, "The duplicates went to 4,000 subscribers"));
        bot.slack.awaitPost(inc.channel(), "is SEV1 — Critical");
        assertThat(timeline(inc)).contains("*overrode the suggested severity*: SEV2 → SEV1: The duplicates went to "
                + "4,000 subscribers");
    }

    @Test
    void aCosmeticAdminIssueGetsTheCosmeticPathNotTheCheckoutOne() throws Exception {
        bot = TestBot.start(dir, MATRIX);
        Opened inc = openOwnedBy("Settings label misaligned", "SEV2", ALICE);
        JsonNode decision = Triage.answer(bot, ALICE, Triage.open(bot, ALICE, inc), "none", false, false, false,
                false, "none");
        assertThat(decision.toString()).contains("SEV4: no production impact: a cosmetic admin issue or a question");

        bot.submit(ViewSubmission.of(decision));

        Call brief = bot.slack.awaitPost(inc.channel(), "is SEV4 — Cosmetic");
        assertThat(brief.allText()).contains("(within 1d 0h)").doesNotContain("customer updates", "Hosting owner",
                "U0HOST");
    }

    @Test
    void onlyTheOwnerCommsOwnerOrAnAdminMayChangeTheSeverity() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = openOwnedBy("Provider keys revoked", "SEV2", ALICE);
        int forms = bot.slack.calls("views.open").size();

        bot.click("U0BOB", bot.card(inc.id()), "triage-open");
        assertThat(bot.slack.await("response_url").body().path("text").asText())
                .startsWith("Only INC-1's owner (<@U0ALICE>), its comms owner (unassigned) or an incident admin can "
                        + "change its severity.");
        assertThat(bot.slack.calls("views.open")).hasSize(forms);

        // the service checks too: a form opened by the owner and submitted by someone else changes nothing
        JsonNode decision = Triage.answer(bot, ALICE, Triage.open(bot, ALICE, inc), "outage", true, false, false,
                false, "yes");
        JsonNode refused = TestBot.json(bot.submitAs("U0BOB", ViewSubmission.of(decision)));
        assertThat(refused.path("errors").path(Triage.LEVEL).asText()).startsWith("Only INC-1's owner");
        assertThat(bot.card(inc.id()).allText()).contains("SEV2 — Major");
        assertThat(timeline(inc)).doesNotContain("*severity*");
    }

    @Test
    void aDecisionOvertakenByAnotherChangeComesBackToBeConfirmedAgain() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = openOwnedBy("Agent loops on tool call", "SEV3", ALICE);
        JsonNode decision = Triage.answer(bot, ALICE, Triage.open(bot, ALICE, inc), "degraded", false, false, false,
                false, "no");
        bot.commandAs(ALICE, inc.channel(), "assign <@U0BOB|bob> comms"); // the incident moves on meanwhile

        JsonNode again = TestBot.json(bot.submit(ViewSubmission.of(decision)));

        assertThat(again.path("response_action").asText()).isEqualTo("update");
        assertThat(again.path("view").toString()).contains("INC-1 changed while you were triaging: it is now SEV3");
        assertThat(bot.submit(ViewSubmission.of(again.path("view"))).body()).doesNotContain("errors");
        bot.slack.awaitPost(inc.channel(), "is SEV2 — Major");
    }

    @Test
    void privacyExposureMovesTheIncidentToAPrivateChannelAndStripsDetailsOutsideIt() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = openOwnedBy("Order notes show other customers' emails", "SEV2", ALICE);
        Call oldCard = bot.card(inc.id());
        JsonNode decision = Triage.answer(bot, ALICE, Triage.open(bot, ALICE, inc), "degraded", true, false, true,
                false, "yes");
        bot.slack.awaitQuiet(250); // set-up (checklist, card refreshes) done: what follows is the move
        int from = bot.slack.calls().size();

        bot.submit(ViewSubmission.of(decision));

        Call created = bot.slack.await("conversations.create", 2).get(1);
        assertThat(FakeSlack.truthy(created.param("is_private"))).isTrue();
        Call newCard = bot.slack.await("chat.postMessage", c -> c.json("blocks").path(0).path("text").path("text")
                .asText().contains("INC-1 · Order notes") && !inc.channel().equals(c.param("channel")));
        String privateChannel = newCard.param("channel");
        bot.slack.await("conversations.invite", c -> privateChannel.equals(c.param("channel"))
                && ALICE.equals(c.param("users")));
        bot.slack.await("chat.update", c -> oldCard.param("ts").equals(c.param("ts"))
                && c.param("text").contains("continues in a private channel"));
        Call movedNote = bot.slack.awaitPost(inc.channel(), "continues in a private channel");
        Call announcement = bot.slack.await("chat.update", c -> TestBot.CHANNEL.equals(c.param("channel")));
        bot.slack.awaitPost(privateChannel, "is SEV1 — Critical");
        bot.slack.awaitQuiet(50);

        for (Call outside : bot.slack.calls().subList(from, bot.slack.calls().size())) {
            if (!privateChannel.equals(outside.param("channel"))) {
                assertThat(outside.allText()).as(outside.method() + " " + outside.params())
                        .doesNotContain("Order notes", "emails");
            }
        }
        assertThat(announcement.param("text")).contains("privacy-sensitive");
        assertThat(movedNote.param("text")).doesNotContain("Order notes");
        assertThat(TestBot.replyText(bot.command("list"))).contains("INC-1", "private incident").doesNotContain("Order");
        assertThat(TestBot.replyText(bot.commandAs(ALICE, inc.channel(), "timeline INC-1")))
                .isEqualTo("INC-1 is privacy-sensitive: its timeline is shown only in <#" + privateChannel + ">.");
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, privateChannel, "timeline")))
                .contains("*privacy-sensitive*: no → yes", "*channel created*", "Order notes");
    }
}
