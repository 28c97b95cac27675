package io.incidentbot.slack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.ResolveCheck;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.Incidents;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle through Slack: buttons and /incident status, resolving with the acceptance checks, reopening. */
class LifecycleTest {
    static final String ALICE = TestBot.USER;
    static final long QUIET = 10 * TestBot.TIMER_POLL.toMillis();

    @TempDir
    Path dir;
    TestBot bot;

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    Opened openOwned(String title) {
        Opened inc = Incidents.open(bot, title, "SEV2");
        bot.commandAs(ALICE, inc.channel(), "assign <@U0ALICE|alice>");
        bot.slack.await("chat.update", c -> c.allText().contains("*Owner*\n<@U0ALICE>"));
        return inc;
    }

    List<Call> posts(Opened inc, String containing) {
        return bot.slack.calls("chat.postMessage").stream()
                .filter(c -> inc.channel().equals(c.param("channel")) && c.allText().contains(containing)).toList();
    }

    String timeline(Opened inc) {
        return TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline"));
    }

    static List<String> buttons(Call card) {
        return StreamSupport.stream(card.json("blocks").spliterator(), false)
                .filter(b -> "status-actions".equals(b.path("block_id").asText()))
                .flatMap(b -> StreamSupport.stream(b.path("elements").spliterator(), false))
                .map(e -> e.path("text").path("text").asText()).toList();
    }

    @Test
    void buttonsMoveTheIncidentAndADoubleClickDoesWhatOneClickDoes() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED);
        Opened inc = openOwned("Watcher publishes twice");
        Call card = bot.card(inc.id());
        assertThat(buttons(card)).containsExactly("Identified", "Monitoring", "Resolved…");

        bot.click("U0BOB", card, "status-to-identified");
        bot.click("U0BOB", card, "status-to-identified");

        bot.slack.awaitPost(inc.channel(), "<@U0BOB> moved *INC-1* from Investigating to *Identified*.");
        bot.slack.await("chat.update", c -> c.allText().contains("*Status*\nIdentified"));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "moved")).hasSize(1);
        assertThat(bot.slack.calls("response_url")).isEmpty();
        assertThat(buttons(bot.card(inc.id()))).containsExactly("Investigating", "Monitoring", "Resolved…");
        assertThat(timeline(inc).split("\\*status\\*")).hasSize(2);
    }

    @Test
    void aClickOnACardDrawnBeforeAnotherChangeIsRefusedAndTheCardRedrawn() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED);
        Opened inc = openOwned("Agent loops on tool call");
        Call drawn = bot.card(inc.id());
        assertThat(TestBot.replyText(bot.commandAs("U0BOB", inc.channel(), "status monitoring"))).isEmpty();
        bot.slack.awaitPost(inc.channel(), "to *Monitoring*");

        bot.click("U0CAROL", drawn, "status-to-identified");

        assertThat(bot.slack.await("response_url").body().path("text").asText()).isEqualTo("Someone changed INC-1 "
                + "while you were at it: it is now *Monitoring*, SEV2, owner <@U0ALICE>. Nothing changed; check the card "
                + "and try again.");
        bot.slack.awaitQuiet(QUIET);
        assertThat(bot.card(inc.id()).allText()).contains("*Status*\nMonitoring");
        assertThat(posts(inc, "to *Identified*")).isEmpty();
        assertThat(TestBot.replyText(bot.commandAs(ALICE, inc.channel(), "status monitoring")))
                .isEqualTo("INC-1 already is *Monitoring*.");
        assertThat(TestBot.replyText(bot.commandAs(ALICE, inc.channel(), "status done"))).startsWith("Which state? "
                + "`/incident status <investigating|identified|monitoring|resolved>`");
    }

    @Test
    void resolvingAsksEveryAcceptanceCheckThenSchedulesTheReviewReminder() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED);
        Opened inc = openOwned("Checkout failing after 4.2 update");
        JsonNode form = Resolve.form(bot, ALICE, inc);
        assertThat(form.path("title").path("text").asText()).isEqualTo("Resolve INC-1");
        assertThat(form.toString()).contains("Impact", "Root-cause hypothesis", "Owner", "Remediation", "Prevention step")
                .contains("\"initial_user\":\"U0ALICE\"").doesNotContain("Still outstanding");

        JsonNode errors = TestBot.json(bot.submit(ViewSubmission.of(form).text(Resolve.IMPACT, "  ")
                .text(Resolve.REMEDIATION, "Rolled back"))).path("errors");
        assertThat(errors.path(Resolve.IMPACT).asText()).startsWith("Required.");
        assertThat(errors.path(Resolve.ROOT_CAUSE).asText()).startsWith("Required.");
        assertThat(errors.path(Resolve.PREVENTION).asText()).startsWith("Required.");
        assertThat(errors.has(Resolve.REMEDIATION)).isFalse();

        assertThat(bot.submit(Resolve.answered(form)).body()).doesNotContain("response_action");
        Call summary = bot.slack.awaitPost(inc.channel(), "resolved *INC-1*");
        assertThat(summary.param("text")).contains("*Impact:* Checkout returned 500", "*Owner:* <@U0ALICE>",
                "*Prevention:* Staging checkout test", "Post-incident review reminder: <!date^");
        bot.slack.await("chat.update", c -> c.allText().contains("*Status*\nResolved"));
        assertThat(buttons(bot.card(inc.id()))).containsExactly("Reopen");
        assertThat(timeline(inc)).contains("<@U0ALICE> *resolved*: Investigating → Impact: Checkout returned 500");

        bot.clock.advance(Duration.ofDays(2));
        Call review = bot.slack.awaitPost(inc.channel(), "post-incident review");
        assertThat(review.param("text")).startsWith("📝 <@U0ALICE>: time for the post-incident review of *INC-1*");
        bot.clock.advance(Duration.ofDays(2));
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "time for the post-incident review")).hasSize(1);
    }

    @Test
    void onlyTheOwnerCommsOwnerOrAnAdminMayResolveOrReopenAndReopeningCancelsTheReview() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED + "permissions: { admins: [U0ADMIN] }\n");
        Opened inc = openOwned("Provider keys revoked");
        int forms = bot.slack.calls("views.open").size();

        bot.click("U0BOB", bot.card(inc.id()), "status-resolve");
        assertThat(bot.slack.await("response_url").body().path("text").asText())
                .startsWith("Only INC-1's owner (<@U0ALICE>), its comms owner (unassigned) or an incident admin can resolve it.");
        assertThat(TestBot.replyText(bot.commandAs("U0BOB", inc.channel(), "status resolved")))
                .startsWith("Only INC-1's owner");
        assertThat(bot.slack.calls("views.open")).hasSize(forms);
        // the service checks too: a form the owner opened, submitted by someone else, resolves nothing
        JsonNode refused = TestBot.json(bot.submitAs("U0BOB", Resolve.answered(Resolve.form(bot, ALICE, inc))));
        assertThat(refused.path("errors").path(Resolve.IMPACT).asText())
                .isEqualTo("Only INC-1's owner, its comms owner or an incident admin can resolve it. Nothing was saved.");

        Resolve.resolve(bot, "U0ADMIN", inc);
        bot.slack.await("chat.update", c -> c.allText().contains("Reopen"));
        assertThat(TestBot.replyText(bot.commandAs("U0BOB", inc.channel(), "status investigating")))
                .startsWith("Only INC-1's owner (<@U0ALICE>), its comms owner (unassigned) or an incident admin can reopen it.");
        bot.click(ALICE, bot.card(inc.id()), "status-reopen");

        bot.slack.awaitPost(inc.channel(), "<@U0ALICE> reopened *INC-1*: it is *Investigating* again");
        bot.clock.advance(Duration.ofDays(3));
        bot.slack.awaitPost(inc.channel(), "missed its response target"); // the response clock restarted
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "post-incident review")).isEmpty();
        assertThat(timeline(inc)).contains("<@U0ADMIN> *resolved*", "<@U0ALICE> *reopened*: Resolved → Investigating");
    }

    /** A small real check: items still to do per incident, as the runbook checklist will report them. */
    static final class ToDo implements ResolveCheck {
        final Map<Integer, List<String>> items = new ConcurrentHashMap<>();

        void add(int number, String item) {
            items.computeIfAbsent(number, n -> new CopyOnWriteArrayList<>()).add(item);
        }

        @Override
        public List<String> outstanding(IncidentId id) {
            return List.copyOf(items.getOrDefault(id.number(), List.of()));
        }
    }

    @Test
    void outstandingWorkIsListedAndResolvingAnywayNeedsAReasonThatIsRecorded() throws Exception {
        ToDo todo = new ToDo();
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED, List.of(todo, id -> List.of()));
        Opened inc = openOwned("Theme Assistant regression");
        todo.add(inc.number(), "Pause the affected module");

        JsonNode form = Resolve.form(bot, ALICE, inc);
        assertThat(form.toString()).contains("*Still outstanding*\\n• Pause the affected module", "Why resolve anyway?");
        JsonNode refused = TestBot.json(bot.submit(Resolve.answered(form)));
        assertThat(refused.path("errors").path(Resolve.WHY).asText())
                .isEqualTo("Work is still outstanding: say why resolve anyway.");

        bot.submit(Resolve.answered(form).text(Resolve.WHY, "The module was paused by hand on the host"));
        bot.slack.awaitPost(inc.channel(), "*Resolved with work outstanding, because:* The module was paused by hand");
        assertThat(timeline(inc)).contains("<@U0ALICE> *resolved with work outstanding*: Pause the affected module → "
                + "The module was paused by hand on the host");
    }

    @Test
    void workReportedOutstandingWhileTheFormWasOpenBringsItBackAskingWhy() throws Exception {
        ToDo todo = new ToDo();
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED, List.of(todo));
        Opened inc = openOwned("Publishing path stuck");
        JsonNode form = Resolve.form(bot, ALICE, inc);
        todo.add(inc.number(), "Collect audit records");

        JsonNode again = TestBot.json(bot.submit(Resolve.answered(form)));

        assertThat(again.path("response_action").asText()).isEqualTo("update");
        assertThat(again.path("view").toString()).contains("Since this form opened, work has been reported outstanding",
                "Collect audit records", "Checkout returned 500"); // the answers are kept
        assertThat(bot.submit(ViewSubmission.of(again.path("view")).text(Resolve.WHY, "Collected by the host"))
                .body()).doesNotContain("response_action");
        bot.slack.awaitPost(inc.channel(), "resolved *INC-1*");
    }

    @Test
    void twoPeopleResolvingAtOnceOneWinsTheOtherIsToldAndOneReviewIsScheduled() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED + "permissions: { admins: [U0ADMIN] }\n");
        Opened inc = openOwned("Coupons double-applied");
        JsonNode alicesForm = Resolve.form(bot, ALICE, inc);
        JsonNode adminsForm = Resolve.form(bot, "U0ADMIN", inc);
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<HttpResponse<String>> alice = CompletableFuture.supplyAsync(() -> {
            await(start);
            return bot.submitAs(ALICE, Resolve.answered(alicesForm));
        });
        CompletableFuture<HttpResponse<String>> admin = CompletableFuture.supplyAsync(() -> {
            await(start);
            return bot.submitAs("U0ADMIN", Resolve.answered(adminsForm));
        });
        start.countDown();

        List<String> bodies = List.of(alice.get().body(), admin.get().body());
        assertThat(bodies).filteredOn(b -> !b.contains("errors")).hasSize(1);
        assertThat(bodies).filteredOn(b -> b.contains("was resolved by someone else meanwhile")).hasSize(1);
        bot.slack.awaitPost(inc.channel(), "resolved *INC-1*");
        bot.slack.await("chat.update", c -> c.allText().contains("Reopen"));
        bot.clock.advance(Duration.ofDays(2));
        bot.slack.awaitPost(inc.channel(), "post-incident review");
        bot.slack.awaitQuiet(QUIET);
        assertThat(posts(inc, "resolved *INC-1*")).hasSize(1);
        assertThat(posts(inc, "post-incident review")).hasSize(1);
        assertThat(timeline(inc).split("\\*resolved\\*")).hasSize(2);
        assertThat(bot.card(inc.id()).allText()).contains("*Status*\nResolved");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
