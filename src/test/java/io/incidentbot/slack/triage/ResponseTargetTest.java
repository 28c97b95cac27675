package io.incidentbot.slack.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.Incidents;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Response targets as stored timers, driven through the real app by moving its clock: a missed
 * target reminds the owner, then escalates; acknowledging, triage and restarts behave.
 * Default SEV1: respond within 15 minutes, then escalate to the comms owner and the admins 15 minutes later.
 */
class ResponseTargetTest {
    static final String ALICE = TestBot.USER;
    static final String CONFIG = "permissions: { admins: [U0ADMIN] }\n";
    /** Enough polls to be sure nothing else is due. */
    static final long QUIET = 10 * TestBot.TIMER_POLL.toMillis();

    @TempDir
    Path dir;
    TestBot bot;

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    Opened open(String severity) {
        Opened inc = Incidents.open(bot, "Checkout failing after 4.2 update", severity);
        bot.commandAs(ALICE, inc.channel(), "assign <@U0ALICE|alice>");
        bot.commandAs(ALICE, inc.channel(), "assign <@U0BOB|bob> comms");
        bot.slack.awaitPost(inc.channel(), "made <@U0BOB> the *Comms owner*");
        return inc;
    }

    List<Call> posts(Opened inc, String containing) {
        return bot.slack.calls("chat.postMessage").stream()
                .filter(c -> inc.channel().equals(c.param("channel")) && c.allText().contains(containing)).toList();
    }

    void advance(Duration by) {
        bot.clock.advance(by);
    }

    @Test
    void aMissedTargetRemindsTheOwnerThenEscalatesEachStepOnce() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");

        advance(Duration.ofMinutes(14));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "missed its response target")).isEmpty();

        advance(Duration.ofMinutes(2));
        Call reminder = bot.slack.awaitPost(inc.channel(), "missed its response target");
        assertThat(reminder.param("text")).isEqualTo("⏰ <@U0ALICE>: *INC-1* missed its response target (SEV1 target: "
                + "15m). Acknowledge on the card or with `/incident ack` once someone is on it. It escalates in 15m.");
        bot.slack.await("chat.update", c -> c.allText().contains("Response target missed: escalating"));

        advance(Duration.ofMinutes(15));
        Call escalation = bot.slack.awaitPost(inc.channel(), "Escalating");
        assertThat(escalation.param("text")).contains("*INC-1* (SEV1 — Critical)", "<@U0BOB> <@U0ADMIN>, please step in");
        bot.slack.await("conversations.invite", c -> "U0ADMIN".equals(c.param("users")));

        advance(Duration.ofHours(3));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "missed its response target")).hasSize(1);
        assertThat(posts(inc, "Escalating")).hasSize(1);
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline")))
                .contains("bot *response target missed*: _none_ → SEV1: PT15M", "bot *escalated*: _none_ → U0BOB, U0ADMIN");
    }

    @Test
    void acknowledgingMeetsTheTargetAndOnlyThoseInChargeMay() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        bot.slack.await("chat.update", c -> c.allText().contains("*Comms owner*\n<@U0BOB>"));
        Call card = bot.card(inc.id());

        bot.click("U0CAROL", card, "response-ack");
        assertThat(bot.slack.await("response_url").body().path("text").asText())
                .startsWith("Only INC-1's owner (<@U0ALICE>), its comms owner (<@U0BOB>) or an incident admin can acknowledge it.");
        bot.click(ALICE, card, "response-ack");
        bot.click(ALICE, card, "response-ack"); // a double click

        bot.slack.awaitPost(inc.channel(), "<@U0ALICE> acknowledged *INC-1*: the response target is met.");
        advance(Duration.ofHours(1));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "acknowledged")).hasSize(1);
        assertThat(posts(inc, "missed its response target")).isEmpty();
        assertThat(bot.card(inc.id()).allText()).doesNotContain("Respond by", "Acknowledge");
        assertThat(TestBot.replyText(bot.commandAs(ALICE, inc.channel(), "ack"))).isEqualTo("INC-1 is not waiting for a response.");
    }

    @Test
    void timersSurviveRestartsAndFireOnce() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");

        bot.restart();
        advance(Duration.ofMinutes(16));
        bot.slack.awaitPost(inc.channel(), "missed its response target");
        bot.restart();
        advance(Duration.ofMinutes(1));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "missed its response target")).hasSize(1);

        bot.restart();
        advance(Duration.ofMinutes(20));
        bot.slack.awaitPost(inc.channel(), "Escalating");
        bot.restart();
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "Escalating")).hasSize(1);
    }

    @Test
    void aNewSeverityRestartsTheClockAndMovingOnStopsIt() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        advance(Duration.ofMinutes(5));
        bot.submit(ViewSubmission.of(Triage.answer(bot, ALICE, Triage.open(bot, ALICE, inc), "degraded", false, false,
                false, false, "yes")));
        bot.slack.awaitPost(inc.channel(), "is SEV3 — Minor");

        advance(Duration.ofMinutes(20)); // SEV1's 15 minutes are long gone: cancelled with the old level
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "missed its response target")).isEmpty();
        advance(Duration.ofHours(4));
        assertThat(bot.slack.awaitPost(inc.channel(), "missed its response target").param("text")).contains("SEV3 target: 4h 0m");

        Opened second = open("SEV2");
        bot.commandAs(ALICE, second.channel(), "status identified");
        bot.slack.awaitPost(second.channel(), "to *Identified*");
        advance(Duration.ofHours(2));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(second, "missed its response target")).isEmpty();
    }
}
