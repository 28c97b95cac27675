package io.incidentbot.slack.runbook;

import static io.incidentbot.slack.runbook.Checklists.buttons;
import static io.incidentbot.slack.runbook.Checklists.card;
import static io.incidentbot.slack.runbook.Checklists.cardSaying;
import static io.incidentbot.slack.runbook.Checklists.checklist;
import static io.incidentbot.slack.runbook.Checklists.ephemerals;
import static io.incidentbot.slack.runbook.Checklists.events;
import static io.incidentbot.slack.runbook.Checklists.itemBlock;
import static io.incidentbot.slack.runbook.Checklists.itemText;
import static io.incidentbot.slack.runbook.Checklists.open;
import static io.incidentbot.slack.runbook.Checklists.toggle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.audit.AuditEvent;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runbook checklist end to end: posted when an incident opens, ticked, unticked, added, shown on the card. */
class ChecklistTest {
    static final String MARIA = "U0MARIA";
    static final String BOB = "U0BOB";
    static final String PAUSE = "pause-and-preserve";

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

    @Test
    void anIncidentOpensWithTheIncidentResponseChecklistPostedAfterItsCard() {
        open(bot, "Checkout failing after 4.2 update", "checkout");

        List<Call> posts = bot.slack.await("chat.postMessage", 3);
        String channel = posts.get(0).param("channel");
        assertThat(posts.get(0).param("text")).startsWith("INC-1 (SEV2)");
        Call checklist = posts.get(2);
        assertThat(checklist.param("channel")).isEqualTo(channel);
        assertThat(checklist.param("text")).startsWith("INC-1 checklist: Incident Response Runbook (0/16 done");
        assertThat(checklist.allText()).contains("📋 Incident Response Runbook", "*First response*",
                "*Evidence collection*", "*Recovery path*", "*Production checklist*", "*Acceptance checks*");
        assertThat(itemText(checklist, PAUSE)).isEqualTo("⬜ Pause the affected module, preserve timestamps and "
                + "affected records, assign an incident owner, and stop repeated execution. _— Owner · required_");
        assertThat(itemText(checklist, "review-audit-log")).doesNotContain("required");
        assertThat(buttons(checklist)).hasSize(16).allSatisfy(b -> {
            assertThat(b.path("text").path("text").asText()).isEqualTo("Tick");
            assertThat(b.path("value").asText()).startsWith("1:incident-response:").endsWith(":tick");
        });

        Call card = cardSaying(bot, "Checklist 0/16");
        assertThat(card.allText()).contains("11 required open");
        JsonNode picker = pickerOf(card);
        assertThat(picker.path("options")).extracting(o -> o.path("text").path("text").asText())
                .containsExactly("Contacting Support", "Support SLA and Escalation Matrix", "Diagnostics and Support",
                        "Update and Rollback");
        assertThat(events(bot, "checklist added")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(AuditEvent.BOT))
                .satisfies(e -> assertThat(e.after()).contains("incident-response", "16 items, 11 required"));
    }

    @Test
    void aPluginUpdateIncidentAlsoGetsUpdateAndRollbackWithItsRoles() {
        open(bot, "Orders stuck after 4.2 update", "plugin-update");

        Call rollback = checklist(bot, "Update and Rollback");
        assertThat(itemText(rollback, "prepare-update")).endsWith("_— Rollback owner · required_");
        checklist(bot, "Incident Response Runbook");
        Call card = cardSaying(bot, "Checklist 0/24");
        assertThat(card.allText()).contains("Incident Response Runbook 0/16", "Update and Rollback 0/8");
        assertThat(pickerOf(card).path("options")).hasSize(3);
    }

    @Test
    void aTickShowsWhoAndWhenIsAuditedAndCountsOnTheCard() {
        open(bot, "Provider keys revoked", "checkout");
        Call checklist = checklist(bot, "Incident Response Runbook");
        long now = bot.clock.instant().getEpochSecond();

        HttpResponse<String> ack = bot.click(MARIA, checklist, toggle(PAUSE));

        assertThat(ack.statusCode()).isEqualTo(200);
        Call ticked = bot.slack.awaitMessage(checklist.param("ts"), m -> itemText(m, PAUSE).startsWith("✅"));
        assertThat(itemText(ticked, PAUSE)).startsWith("✅ Pause the affected module")
                .contains("— <@U0MARIA>, <!date^" + now + "^");
        JsonNode untick = itemBlock(ticked, PAUSE).path("accessory");
        assertThat(untick.path("text").path("text").asText()).isEqualTo("Untick");
        assertThat(untick.path("value").asText()).isEqualTo("1:incident-response:" + PAUSE + ":untick");
        assertThat(untick.path("confirm").path("title").path("text").asText()).isEqualTo("Untick this item?");
        assertThat(untick.path("confirm").path("text").path("text").asText()).contains("Pause the affected module");
        assertThat(ticked.allText()).contains("INC-1 · 1/16 done · 10 required open");
        assertThat(ticked.param("text")).contains("1/16 done");
        cardSaying(bot, "Checklist 1/16");
        assertThat(events(bot, "checklist item ticked")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(MARIA);
            assertThat(e.before()).isEqualTo("incident-response/" + PAUSE + ": not done");
            assertThat(e.after()).startsWith("incident-response/" + PAUSE + ": done by U0MARIA at ");
        });
        bot.slack.awaitQuiet(100);
        assertThat(ephemerals(bot)).isEmpty();
    }

    @Test
    void untickingATickedItemClearsItAndIsAudited() {
        open(bot, "Watcher publishes twice", "watcher");
        Call checklist = checklist(bot, "Incident Response Runbook");
        bot.click(MARIA, checklist, toggle(PAUSE));
        Call ticked = bot.slack.awaitMessage(checklist.param("ts"), m -> itemText(m, PAUSE).startsWith("✅"));

        bot.click(BOB, ticked, toggle(PAUSE)); // Slack showed the confirm dialog; Bob confirmed

        Call unticked = bot.slack.awaitMessage(checklist.param("ts"), m -> itemText(m, PAUSE).startsWith("⬜"));
        assertThat(itemBlock(unticked, PAUSE).path("accessory").has("confirm")).isFalse();
        cardSaying(bot, "Checklist 0/16");
        assertThat(events(bot, "checklist item unticked")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(BOB);
            assertThat(e.before()).startsWith("incident-response/" + PAUSE + ": done by U0MARIA");
            assertThat(e.after()).isEqualTo("incident-response/" + PAUSE + ": not done");
        });
    }

    @Test
    void aDoubleClickTicksOnceAndSomeoneClickingAnOutdatedButtonIsToldWhoWasFirst() {
        open(bot, "Agent loops on tool call", "agent");
        Call outdated = checklist(bot, "Incident Response Runbook");

        bot.click(MARIA, outdated, toggle(PAUSE));
        bot.click(MARIA, outdated, toggle(PAUSE));
        bot.click(BOB, outdated, toggle(PAUSE));

        assertThat(bot.slack.await("response_url", c -> c.param("url").contains("/action-")).body()
                .path("text").asText()).startsWith("Already ticked by <@U0MARIA>");
        bot.slack.awaitQuiet(100);
        assertThat(events(bot, "checklist item ticked")).hasSize(1);
        assertThat(ephemerals(bot)).hasSize(1); // Maria's own second click needs no explanation
        assertThat(itemText(bot.slack.message(outdated.param("ts")), PAUSE)).contains("<@U0MARIA>");
    }

    @Test
    void runbookAddsAChecklistByIdOrTitleAndListsTheRunbooks() {
        open(bot, "Checkout failing", "checkout");
        String channel = checklist(bot, "Incident Response Runbook").param("channel");

        String list = TestBot.replyText(bot.commandAs(TestBot.USER, channel, "runbook"));
        assertThat(list).contains("*Runbooks* for INC-1", "✅ *Incident Response Runbook* (16 items) — attached",
                "*Contacting Support* (8 items) — `/incident runbook contacting-support`");

        String added = TestBot.replyText(bot.commandAs(TestBot.USER, channel, "runbook contacting-support"));
        assertThat(added).isEqualTo("Added the *Contacting Support* checklist (8 items) to INC-1; it is posted in <#"
                + channel + ">.");
        Call support = checklist(bot, "Contacting Support");
        assertThat(support.param("channel")).isEqualTo(channel);
        assertThat(itemText(support, "choose-request-path")).endsWith("_— Marketplace support owner · required_");
        cardSaying(bot, "Checklist 0/24");

        assertThat(TestBot.replyText(bot.commandAs(TestBot.USER, channel, "runbook contacting-support")))
                .isEqualTo("INC-1 already has the *Contacting Support* checklist, in <#" + channel + ">.");
        assertThat(TestBot.replyText(bot.commandAs(TestBot.USER, channel, "runbook frobnicate")))
                .startsWith("I don't know the runbook `frobnicate`. *Runbooks* for INC-1:");
        // from another channel, naming the incident and the runbook by its title
        assertThat(TestBot.replyText(bot.command("runbook INC-1 update and rollback")))
                .startsWith("Added the *Update and Rollback* checklist");
        checklist(bot, "Update and Rollback");
        assertThat(TestBot.replyText(bot.command("runbook diagnostics"))).startsWith("I can't tell which incident");
        assertThat(events(bot, "checklist added")).extracting(AuditEvent::actor)
                .containsExactly(AuditEvent.BOT, TestBot.USER, TestBot.USER);
        assertThat(TestBot.replyText(bot.command("help"))).contains("/incident runbook [INC-7] [name]");
    }

    @Test
    void theCardsPickerAddsARunbookAndThenStopsOfferingIt() {
        open(bot, "Provider timeouts", "other");
        Call card = cardSaying(bot, "Checklist 0/16");

        bot.select(MARIA, card, "checklist-add-runbook", "1:diagnostics");

        Call diagnostics = checklist(bot, "Diagnostics and Support");
        assertThat(buttons(diagnostics)).hasSize(8);
        Call refreshed = cardSaying(bot, "Checklist 0/24");
        assertThat(pickerOf(refreshed).path("options")).extracting(o -> o.path("value").asText())
                .doesNotContain("1:diagnostics", "1:incident-response");
        assertThat(events(bot, "checklist added")).last().satisfies(e -> assertThat(e.actor()).isEqualTo(MARIA));

        bot.select(BOB, card, "checklist-add-runbook", "1:diagnostics"); // the card as Bob still saw it
        assertThat(bot.slack.await("response_url", c -> c.param("url").contains("/action-")).body().path("text").asText())
                .isEqualTo("INC-1 already has the *Diagnostics and Support* checklist.");
    }

    @Test
    void aResolvedIncidentsChecklistNoLongerChangesAndClickersAreToldWhy() {
        open(bot, "Theme Assistant drafts lost", "theme-assistant");
        Call checklist = checklist(bot, "Incident Response Runbook");
        Call card = cardSaying(bot, "Checklist 0/16");
        Checklists.resolve(bot, 1);

        bot.click(MARIA, checklist, toggle(PAUSE));
        bot.select(MARIA, card, "checklist-add-runbook", "1:diagnostics");
        String command = TestBot.replyText(bot.commandAs(MARIA, checklist.param("channel"), "runbook diagnostics"));

        String why = "INC-1 is resolved; reopen it to change its checklist.";
        assertThat(command).isEqualTo(why);
        bot.slack.await("response_url", 2);
        assertThat(ephemerals(bot)).containsExactly(why, why);
        assertThat(events(bot, "checklist item ticked")).isEmpty();
        assertThat(events(bot, "checklist added")).hasSize(1);
    }

    @Test
    void aClickOnAnItemOrChecklistThatDoesNotExistIsExplained() {
        open(bot, "Publishing path stuck", "publishing-path");
        String channel = checklist(bot, "Incident Response Runbook").param("channel");

        bot.forgedClick(MARIA, channel, toggle("gone"), "1:incident-response:gone:tick");
        bot.forgedClick(MARIA, channel, toggle(PAUSE), "1:no-such-runbook:" + PAUSE + ":tick");
        bot.forgedClick(MARIA, channel, toggle(PAUSE), "42:incident-response:" + PAUSE + ":tick");
        bot.forgedClick(MARIA, channel, toggle(PAUSE), "not a value we make");

        bot.slack.await("response_url", 4);
        assertThat(ephemerals(bot)).containsExactlyInAnyOrder(
                "That checklist item no longer exists on INC-1 (this message is out of date). Use the incident's current checklist.",
                "That checklist item no longer exists on INC-1 (this message is out of date). Use the incident's current checklist.",
                "That checklist item no longer exists on INC-42 (this message is out of date). Use the incident's current checklist.",
                "That button belongs to a checklist I can't read any more. Use the checklist in the incident's channel.");
        assertThat(events(bot, "checklist item ticked")).isEmpty();
    }

    private static JsonNode pickerOf(Call card) {
        return StreamSupport.stream(card.json("blocks").spliterator(), false)
                .filter(b -> b.path("block_id").asText().equals("checklist-progress")).findFirst()
                .map(b -> b.path("accessory")).orElseThrow(() -> new AssertionError("no checklist part on the card"));
    }
}
