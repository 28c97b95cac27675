package io.incidentbot.slack.role;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.Incidents;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owners and roles through Slack: the card's pickers, /incident assign, permissions, and a race. */
class AssignRolesTest {
    static final String ALICE = TestBot.USER;
    static final String BOB = "U0BOB";
    static final String CAROL = "U0CAROL";
    static final String DAVE = "U0DAVE";

    @TempDir
    Path dir;
    TestBot bot;

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    List<Call> dmsTo(String user) {
        return bot.slack.calls("chat.postMessage").stream().filter(c -> user.equals(c.param("channel"))).toList();
    }

    List<String> ephemeralReplies() {
        return bot.slack.calls("response_url").stream().map(c -> c.body().path("text").asText()).toList();
    }

    String assign(String as, Opened incident, String args) {
        return TestBot.replyText(bot.commandAs(as, incident.channel(), "assign " + args));
    }

    @Test
    void theOwnerPickerOnTheCardAssignsInvitesInstructsAndRecordsWhoAssignedWhom() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = Incidents.open(bot, "Checkout failing after 4.2 update", "SEV3");
        int updates = bot.slack.calls("chat.update").size();

        HttpResponse<String> ack = bot.pick(ALICE, bot.card(inc.id()), "role-pick-owner", BOB);

        assertThat(ack.statusCode()).isEqualTo(200);
        Call invite = bot.slack.await("conversations.invite", 2).get(1);
        assertThat(invite.param("channel")).isEqualTo(inc.channel());
        assertThat(invite.param("users")).isEqualTo(BOB);
        bot.slack.await("chat.update", updates + 1);
        assertThat(bot.slack.awaitPost(BOB, "You are now").param("text"))
                .contains("You are now the *Owner* of *INC-1 · Checkout failing after 4.2 update*", "<#" + inc.channel() + ">",
                        "assigned by <@U0ALICE>", "Pause the affected workflow");
        assertThat(bot.slack.awaitPost(inc.channel(), " made ").param("text"))
                .isEqualTo("<@U0ALICE> made <@U0BOB> the *Owner*.");
        bot.slack.awaitQuiet(40);
        assertThat(dmsTo(BOB)).hasSize(1);
        assertThat(bot.card(inc.id()).allText()).contains("*Owner*\n<@U0BOB>", "*Comms owner*\n_unassigned_");
        String timeline = TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline"));
        assertThat(timeline).contains("<@U0ALICE> *assigned Owner*: _none_ → <@U0BOB>");
    }

    @Test
    void assignTakesARoleByNameAndOnlyTheOwnerCommsOwnerOrAnAdminMayReassign() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = Incidents.open(bot, "Watcher publishes twice", "SEV2");

        assertThat(assign(ALICE, inc, "<@U0BOB|bob>")).isEmpty(); // a free role: anyone may fill it
        assertThat(assign(ALICE, inc, "<@U0CAROL|carol> comms owner")).isEmpty();
        assertThat(assign(ALICE, inc, "<@U0DAVE|dave> hosting")).isEmpty();
        String refused = assign(ALICE, inc, "<@U0DAVE|dave>");
        assertThat(refused).isEqualTo("Only INC-1's owner (<@U0BOB>), its comms owner (<@U0CAROL>) or an incident admin "
                + "can reassign its Owner. Nothing changed.");
        assertThat(assign(BOB, inc, "<@U0DAVE|dave> owner")).isEmpty();
        assertThat(assign(DAVE, inc, "<@U0DAVE|dave>")).isEqualTo("<@U0DAVE> already is the Owner of INC-1.");
        assertThat(assign(ALICE, inc, "<@U0BOB|bob> janitor")).startsWith("There is no role `janitor`. Roles: `owner`, "
                + "`comms-owner`, `hosting-owner`");
        assertThat(assign(ALICE, inc, "bob")).startsWith("Name the person with an @-mention");
        assertThat(TestBot.replyText(bot.command("assign <@U0BOB|bob>"))).startsWith("I can't tell which incident");

        bot.slack.awaitPost(inc.channel(), "<@U0BOB> made <@U0DAVE> the *Owner*");
        bot.slack.awaitQuiet(60);
        assertThat(bot.card(inc.id()).allText()).contains("*Owner*\n<@U0DAVE>", "*Comms owner*\n<@U0CAROL>",
                "*Hosting owner* <@U0DAVE>");
        String timeline = TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline"));
        assertThat(timeline.split("assigned ")).hasSize(5); // four assignments, no trace of the refused one
        assertThat(timeline).contains("<@U0BOB> *assigned Owner*: <@U0BOB> → <@U0DAVE>");
    }

    @Test
    void membersOfAnAdminGroupMayReassignAndOthersAreToldWhyNot() throws Exception {
        bot = TestBot.start(dir, "permissions: { admin_groups: [S0LEADS] }\n");
        bot.slack.userGroup("S0LEADS", "U0LEAD");
        Opened inc = Incidents.open(bot, "Provider keys revoked", "SEV1");
        assign(ALICE, inc, "<@U0BOB|bob>");
        bot.slack.awaitPost(inc.channel(), "made <@U0BOB> the *Owner*");
        bot.slack.await("chat.update", c -> c.allText().contains("*Owner*\n<@U0BOB>"));

        bot.pick(CAROL, bot.card(inc.id()), "role-pick-owner", CAROL);
        assertThat(assign("U0LEAD", inc, "<@U0LEAD|lead>")).isEmpty();

        bot.slack.await("response_url", 1);
        assertThat(ephemeralReplies()).singleElement().asString().startsWith("Only INC-1's owner (<@U0BOB>)");
        assertThat(bot.slack.calls("usergroups.users.list")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.param("usergroup")).isEqualTo("S0LEADS"));
        bot.slack.awaitPost(inc.channel(), "<@U0LEAD> took the *Owner* role.");
        bot.slack.awaitQuiet(40);
        assertThat(bot.card(inc.id()).allText()).contains("*Owner*\n<@U0LEAD>");
    }

    @Test
    void theInstructionsOfAPrivacySensitiveIncidentCarryNoDetails() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = Incidents.open(bot, "Customer emails visible in order notes", "SEV1", true);

        assign(ALICE, inc, "<@U0BOB|bob> comms");

        assertThat(bot.slack.awaitPost(BOB, "You are now").param("text")).contains("*Comms owner* of *INC-1*, a privacy-sensitive incident",
                "customer communication").doesNotContain("Customer emails", "order notes");
    }

    @Test
    void twoPeoplePickingAnOwnerAtOnceOneWinsTheOtherIsToldAndTheCardShowsTheWinner() throws Exception {
        bot = TestBot.start(dir);
        Opened inc = Incidents.open(bot, "Agent loops on tool call", "SEV2");
        Call card = bot.card(inc.id());
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<HttpResponse<String>> bob = CompletableFuture.supplyAsync(() -> {
            await(start);
            return bot.pick(BOB, card, "role-pick-owner", BOB);
        });
        CompletableFuture<HttpResponse<String>> carol = CompletableFuture.supplyAsync(() -> {
            await(start);
            return bot.pick(CAROL, card, "role-pick-owner", CAROL);
        });
        start.countDown();
        assertThat(List.of(bob.get().statusCode(), carol.get().statusCode())).containsOnly(200);

        bot.slack.await("response_url", 1);
        bot.slack.await("chat.postMessage", c -> c.allText().contains("the *Owner* role."));
        bot.slack.awaitQuiet(60);
        String winner = dmsTo(BOB).isEmpty() ? CAROL : BOB;
        String loser = winner.equals(BOB) ? CAROL : BOB;
        assertThat(dmsTo(winner)).hasSize(1);
        assertThat(dmsTo(loser)).isEmpty();
        assertThat(ephemeralReplies()).singleElement().asString().startsWith("Someone changed INC-1 while you were at it")
                .contains("owner <@" + winner + ">");
        assertThat(bot.card(inc.id()).allText()).contains("*Owner*\n<@" + winner + ">").doesNotContain("<@" + loser + ">");
        String timeline = TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline"));
        assertThat(timeline.split("assigned Owner")).hasSize(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
