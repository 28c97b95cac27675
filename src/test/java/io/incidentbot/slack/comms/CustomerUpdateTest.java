package io.incidentbot.slack.comms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.FakeSlack;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.Incidents;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.PlantedSecrets;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customer updates through the real app and FakeSlack, time moved by the clock: a draft falls due
 * with the SEV1 cadence (PT30M), is edited (redacted again), published to the customer channel
 * (retrying what Slack turns away) and the schedule restarts from the publish; refusals,
 * restarts, two processes on one database, and planted secrets that never reach customers.
 */
class CustomerUpdateTest {
    static final String ALICE = TestBot.USER;
    static final String BOB = "U0BOB";
    static final String CUSTOMERS = "C0CUSTOMERS";
    static final String CONFIG = Incidents.NOTHING_REQUIRED + """
            permissions: { admins: [U0ADMIN] }
            comms:
              customer_channel: C0CUSTOMERS
              owner_label: Checkout support team
              remind_after: PT10M
              templates:
                SEV2: { investigating: "{incident} ({severity}): {title}. {impact} Owner: {owner}. Next update: {next_update}" }
            """;
    static final long QUIET = 10 * TestBot.TIMER_POLL.toMillis();

    @TempDir
    Path dir;
    TestBot bot;
    final List<TestBot> others = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (TestBot other : others) {
            other.close();
        }
        bot.close();
    }

    Opened open(String severity) {
        Opened inc = Incidents.open(bot, "Checkout failing after 4.2 update", severity);
        bot.commandAs(ALICE, inc.channel(), "assign <@U0ALICE|alice>");
        bot.commandAs(ALICE, inc.channel(), "assign <@U0BOB|bob> comms");
        bot.slack.awaitPost(inc.channel(), "made <@U0BOB> the *Comms owner*");
        return inc;
    }

    static List<Call> drafts(TestBot bot, Opened inc) {
        return bot.slack.calls("chat.postMessage").stream()
                .filter(c -> inc.channel().equals(c.param("channel")) && c.allText().contains("customer update #"))
                .toList();
    }

    static List<Call> published(TestBot bot) {
        return bot.slack.calls("chat.postMessage").stream().filter(c -> CUSTOMERS.equals(c.param("channel"))).toList();
    }

    int publishedOnTimeline(Opened inc) {
        String timeline = TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline"));
        return timeline.split("customer update published", -1).length - 1;
    }

    Call awaitDraft(Opened inc, int seq) {
        return bot.slack.awaitPost(inc.channel(), "customer update #" + seq + " of *" + inc.id() + "*");
    }

    /** The draft message as last drawn. */
    Call latest(Call draft) {
        return bot.card(draft);
    }

    Call awaitDraftShowing(Call draft, String text) {
        String ts = bot.slack.answerTs(draft);
        return bot.slack.await("chat.update", c -> ts.equals(c.param("ts")) && c.allText().contains(text));
    }

    @Test
    void aDueDraftIsEditedPublishedAndTheScheduleRestartsFromThePublish() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");

        bot.clock.advance(Duration.ofMinutes(29));
        bot.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc)).isEmpty();

        bot.clock.advance(Duration.ofMinutes(2));
        Call draft = awaitDraft(inc, 1);
        assertThat(draft.allText()).contains("<@U0BOB>: customer update #1 of *INC-1* is due", "*Impact:*",
                "*Current workaround:*", "*Owner:* Checkout support team", "*Next update:* _(set when published)_",
                "Redaction: nothing removed", "Goes to <#C0CUSTOMERS>", "State: *draft*");
        assertThat(draft.allText()).doesNotContain("U0ALICE"); // a team, not a private name

        int opened = bot.slack.calls("views.open").size();
        bot.click(BOB, draft, "comms-edit");
        JsonNode modal = bot.slack.await("views.open", opened + 1).get(opened).json("view");
        assertThat(ViewSubmission.of(modal).shownText("comms-edit-text")).contains("*Impact:*", "{next_update}");
        HttpResponse<String> saved = bot.submitAs(BOB, ViewSubmission.of(modal).text("comms-edit-text",
                "Checkout fails for some shops; jane.cooper@example.com reported it with key "
                        + "sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123DEF456.\nWorkaround: pay by bank transfer.\n"
                        + "Next update: {next_update}"));
        assertThat(saved.body()).doesNotContain("errors");
        Call edited = awaitDraftShowing(draft, "edited by <@U0BOB>");
        assertThat(edited.allText()).contains("Redaction: 2 removed:", "email", "pay by bank transfer")
                .doesNotContain("jane.cooper@example.com", "sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123DEF456");

        bot.clock.advance(Duration.ofMinutes(5));
        bot.click(BOB, latest(draft), "comms-publish");
        Call update = bot.slack.await("chat.postMessage", c -> CUSTOMERS.equals(c.param("channel")));
        assertThat(update.param("text")).contains("Checkout fails for some shops", "[REDACTED", "Next update: 20")
                .doesNotContain("jane.cooper@example.com", "sk_live_", "{next_update}");
        Call sent = awaitDraftShowing(draft, "State: *sent*");
        assertThat(sent.allText()).contains("in <#C0CUSTOMERS> by <@U0BOB>", "next update by")
                .doesNotContain("comms-publish");
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline")))
                .contains("customer update drafted", "customer update edited", "customer update published");

        // the schedule restarted from the publish (at 36 minutes): due again at 66, not at 60
        bot.clock.advance(Duration.ofMinutes(28));
        bot.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc)).hasSize(1);
        bot.clock.advance(Duration.ofMinutes(3));
        awaitDraft(inc, 2);

        // publishing the same draft twice (a double click) sends it once
        bot.click(BOB, draft, "comms-publish");
        bot.slack.awaitQuiet(QUIET);
        assertThat(published(bot)).hasSize(1);
    }

    @Test
    void onlyTheOwnerCommsOwnerOrAdminsMayPublishOrSkip() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV2");
        bot.commandAs(ALICE, inc.channel(), "update");
        Call draft = awaitDraft(inc, 1);
        assertThat(draft.allText()).contains("> INC-1 (SEV2 — ", "Checkout failing after 4.2 update.",
                "Owner: Checkout support team. Next update: _(set when published)_"); // the SEV2 template of the config

        bot.click("U0CAROL", draft, "comms-publish");
        assertThat(bot.slack.await("response_url").body().path("text").asText()).startsWith(
                "Only INC-1's owner (<@U0ALICE>), its comms owner (<@U0BOB>) or an incident admin can publish customer updates.");
        bot.click("U0CAROL", draft, "comms-skip");
        bot.slack.await("response_url", c -> c.body().path("text").asText().contains("can skip customer updates"));
        bot.slack.awaitQuiet(QUIET);
        assertThat(published(bot)).isEmpty();
        assertThat(bot.slack.calls("views.open")).hasSize(1); // only the open form: no skip modal for Carol

        int opened = bot.slack.calls("views.open").size();
        bot.click("U0ADMIN", draft, "comms-skip");
        JsonNode modal = bot.slack.await("views.open", opened + 1).get(opened).json("view");
        HttpResponse<String> skipped = bot.submitAs("U0ADMIN", ViewSubmission.of(modal)
                .text("comms-skip-reason", "Provider status page already covers it"));
        assertThat(skipped.body()).doesNotContain("errors");
        assertThat(awaitDraftShowing(draft, "State: *skipped*").allText())
                .contains("by <@U0ADMIN>: Provider status page already covers it");
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline")))
                .contains("customer update skipped");
        assertThat(published(bot)).isEmpty();
    }

    @Test
    void withoutACustomerChannelPublishingExplainsHowToSetOne() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED);
        Opened inc = open("SEV2");
        bot.commandAs(ALICE, inc.channel(), "update");
        Call draft = awaitDraft(inc, 1);
        assertThat(draft.allText()).contains("No customer channel yet");

        bot.click(BOB, draft, "comms-publish");
        assertThat(bot.slack.await("response_url").body().path("text").asText())
                .contains("no customer-facing channel for INC-1", "/incident update channel #channel");
        assertThat(TestBot.replyText(bot.commandAs("U0CAROL", inc.channel(), "update channel <#C0OTHER|status>")))
                .startsWith("Only INC-1's owner");
        assertThat(TestBot.replyText(bot.commandAs(BOB, inc.channel(), "update channel <#C0STATUS|status>")))
                .isEqualTo("INC-1's customer updates now go to <#C0STATUS>.");
        bot.click(BOB, draft, "comms-publish");
        Call update = bot.slack.await("chat.postMessage", c -> "C0STATUS".equals(c.param("channel")));
        assertThat(update.param("text")).contains("*Next update:* 20"); // SEV2: an hour from now, in UTC
    }

    @Test
    void aRateLimitedPublishIsRetriedAndAFailedOneCanBePublishedAgain() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV2");
        bot.commandAs(ALICE, inc.channel(), "update");
        Call draft = awaitDraft(inc, 1);
        bot.slack.awaitQuiet(250); // the role instructions go out by DM meanwhile: the fault is for the publish

        bot.slack.failNextWithStatus("chat.postMessage", 429, 1);
        bot.click(BOB, draft, "comms-publish");
        assertThat(awaitDraftShowing(draft, "*retrying*").allText()).contains("attempt 2", "http_429");
        bot.slack.await("chat.postMessage", c -> CUSTOMERS.equals(c.param("channel")));
        awaitDraftShowing(draft, "State: *sent*");

        bot.commandAs(ALICE, inc.channel(), "update");
        Call second = awaitDraft(inc, 2);
        bot.slack.awaitQuiet(250);
        for (int i = 0; i < 4; i++) {
            bot.slack.failNextWithStatus("chat.postMessage", 503, null);
        }
        bot.click(BOB, second, "comms-publish");
        Call failed = awaitDraftShowing(second, "State: *failed*");
        assertThat(failed.allText()).contains("http_503", "Publish again");
        bot.slack.awaitPost(inc.channel(), "could not be published");
        assertThat(publishedOnTimeline(inc)).isEqualTo(1);

        bot.click(BOB, latest(second), "comms-publish");
        awaitDraftShowing(second, "State: *sent*");
        assertThat(publishedOnTimeline(inc)).isEqualTo(2);
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, inc.channel(), "timeline")))
                .contains("customer update failed");
    }

    @Test
    void aPublishWrittenDownBeforeACrashIsSentOnceAfterTheRestartAndRedactedOnTheWayOut() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV2");
        bot.commandAs(ALICE, inc.channel(), "update");
        Call draft = awaitDraft(inc, 1);
        // the process died after writing the publish down and before sending it (and the stored text
        // was tampered with): a later process takes the stale claim over and sends it, redacted again
        bot.restart(() -> {
            sql("UPDATE customer_update SET state = 'sending', decided_by = 'U0BOB', target_channel = 'C0CUSTOMERS', "
                    + "published_text = 'INC-1: checkout is back for jane.cooper@example.com', send_claimed_at = "
                    + bot.clock.instant().toEpochMilli() + " WHERE number = 1 AND seq = 1");
            bot.clock.advance(Duration.ofMinutes(3));
        });
        Call update = bot.slack.await("chat.postMessage", c -> CUSTOMERS.equals(c.param("channel")));
        assertThat(update.param("text")).startsWith("INC-1: checkout is back for [REDACTED:email")
                .doesNotContain("jane.cooper@example.com");
        awaitDraftShowing(draft, "State: *sent*");
        bot.restart(() -> bot.clock.advance(Duration.ofMinutes(3)));
        bot.slack.awaitQuiet(QUIET);
        assertThat(published(bot)).hasSize(1);
        assertThat(publishedOnTimeline(inc)).isEqualTo(1);
    }

    void resolve(Opened inc) {
        bot.commandAs(ALICE, inc.channel(), "status resolved");
        JsonNode form = bot.slack.await("views.open", c -> c.json("view").path("callback_id").asText()
                .equals("incident-resolve")).json("view");
        bot.submitAs(ALICE, ViewSubmission.of(form)
                .text("incident-resolve-impact", "Checkout failed for 40 minutes for jane.cooper@example.com and others")
                .text("incident-resolve-root-cause", "Payment hook signature changed")
                .text("incident-resolve-remediation", "Rolled back to 4.1.3")
                .text("incident-resolve-prevention", "Staging checkout test"));
    }

    @Test
    void reopeningRestartsTheScheduleAndTheOldFinalDraftCannotBePublished() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        resolve(inc);
        Call last = bot.slack.awaitPost(inc.channel(), "is resolved. Here is the final customer update");
        bot.slack.awaitPost(inc.channel(), "resolved *INC-1*");
        bot.slack.awaitQuiet(250); // the card is redrawn as resolved
        bot.click(ALICE, bot.card(inc.id()), "status-reopen");
        bot.slack.awaitPost(inc.channel(), "<@U0ALICE> reopened *INC-1*");

        bot.click(BOB, last, "comms-publish");
        assertThat(bot.slack.await("response_url").body().path("text").asText())
                .contains("has been reopened since. Nothing was published");
        bot.clock.advance(Duration.ofMinutes(31));
        awaitDraft(inc, 2);
        bot.slack.awaitQuiet(QUIET);
        assertThat(published(bot)).isEmpty();
    }

    void sql(String statement) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + bot.db);
             var st = connection.createStatement()) {
            assertThat(st.executeUpdate(statement)).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOverduePromiseRemindsTheCommsOwnerThenTheOwner() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        bot.clock.advance(Duration.ofMinutes(31));
        awaitDraft(inc, 1);
        bot.clock.advance(Duration.ofMinutes(10));
        Call first = bot.slack.awaitPost(inc.channel(), "none is published");
        assertThat(first.param("text")).startsWith("⏰ <@U0BOB>: customers were promised an update on *INC-1*");
        bot.clock.advance(Duration.ofMinutes(10));
        assertThat(bot.slack.awaitPost(inc.channel(), "still not published").param("text")).startsWith("⏰ <@U0ALICE>");
        bot.clock.advance(Duration.ofHours(2));
        bot.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc)).hasSize(1); // one draft per promise, however long it waits
    }

    @Test
    void afterARestartAnOverdueIncidentGetsExactlyOneDraftAndResolvingCancelsTheScheduleWithAFinalDraft()
            throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        bot.restart(() -> bot.clock.advance(Duration.ofHours(5)));
        awaitDraft(inc, 1);
        bot.slack.awaitQuiet(QUIET);
        bot.restart();
        bot.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc)).hasSize(1);

        resolve(inc);
        Call last = bot.slack.awaitPost(inc.channel(), "is resolved. Here is the final customer update");
        assertThat(last.allText()).contains("Rolled back to 4.1.3", "[REDACTED").doesNotContain("jane.cooper@example.com");
        bot.click(BOB, last, "comms-publish");
        Call update = bot.slack.await("chat.postMessage", c -> CUSTOMERS.equals(c.param("channel")));
        assertThat(update.param("text")).contains("is resolved", "none planned");

        bot.clock.advance(Duration.ofHours(6));
        bot.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc)).hasSize(2);
        assertThat(published(bot)).hasSize(1);
    }

    @Test
    void aNewSeverityReschedulesTheNextUpdate() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        bot.clock.advance(Duration.ofMinutes(5));
        int before = bot.slack.calls("views.open").size();
        bot.click(ALICE, bot.card(inc.id()), "triage-open");
        JsonNode criteria = bot.slack.await("views.open", before + 1).get(before).json("view");
        JsonNode decision = TestBot.json(bot.submitAs(ALICE, ViewSubmission.of(criteria).select("triage-impact", "degraded")
                .select("triage-customer-visible", "no").select("triage-revenue-risk", "no")
                .select("triage-privacy-exposure", "no").select("triage-data-incorrect", "no")
                .select("triage-automation-pausable", "yes"))).path("view");
        bot.submitAs(ALICE, ViewSubmission.of(decision));
        bot.slack.awaitPost(inc.channel(), "is SEV3 — Minor");

        bot.clock.advance(Duration.ofMinutes(30)); // SEV1's 30 minutes are gone with the old level
        bot.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc)).isEmpty();
        bot.clock.advance(Duration.ofHours(4)); // SEV3: every 4 hours, from the change
        awaitDraft(inc, 1);
    }

    @Test
    void twoProcessesOnOneDatabasePostEachDraftOnce() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        TestBot second = TestBot.start(dir, CONFIG);
        others.add(second);
        second.clock.advance(Duration.ofMinutes(31));
        bot.clock.advance(Duration.ofMinutes(31));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (drafts(bot, inc).size() + drafts(second, inc).size() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        bot.slack.awaitQuiet(QUIET);
        second.slack.awaitQuiet(QUIET);
        assertThat(drafts(bot, inc).size() + drafts(second, inc).size()).isEqualTo(1);
    }

    @Test
    void plantedSecretsInTheEvidenceNeverReachCustomers() throws Exception {
        bot = TestBot.start(dir, CONFIG);
        Opened inc = open("SEV1");
        var evidence = PlantedSecrets.evidence();
        int before = bot.slack.calls("views.open").size();
        bot.click(ALICE, bot.card(inc.id()), "evidence-add");
        ViewSubmission form = ViewSubmission.of(bot.slack.await("views.open", before + 1).get(before).json("view"));
        for (var field : List.of("plugin-version", "wordpress-version", "woocommerce-version", "php-version")) {
            form.text("evidence-" + field, evidence.get(io.incidentbot.evidence.EvidenceField.byId(field).orElseThrow())
                    .orElseThrow());
        }
        for (var field : List.of("affected-user", "affected-screen", "provider-status", "hosting-status",
                "purchase-context", "reproduction-steps")) {
            String value = evidence.get(io.incidentbot.evidence.EvidenceField.byId(field).orElseThrow()).orElseThrow();
            // keys, card numbers and e-mails out of context too; a bare password or purchase code is
            // only recognisable in context, which the planted values give them
            form.text("evidence-" + field, value + " " + String.join(" ", PlantedSecrets.SECRETS.subList(0, 7)));
        }
        HttpResponse<String> saved = bot.submitAs(ALICE, form);
        assertThat(saved.body()).doesNotContain("errors");
        bot.slack.awaitQuiet(QUIET);

        bot.commandAs(ALICE, inc.channel(), "update");
        Call draft = awaitDraft(inc, 1);
        assertThat(draft.allText()).contains("affected screen:", "removed:");
        bot.click(BOB, draft, "comms-publish");
        Call update = bot.slack.await("chat.postMessage", c -> CUSTOMERS.equals(c.param("channel")));
        for (String secret : PlantedSecrets.SECRETS) {
            assertThat(update.param("text")).doesNotContain(secret);
            assertThat(awaitDraftShowing(draft, "State: *sent*").allText()).doesNotContain(secret);
        }
        assertThat(update.param("text")).contains("WooCommerce → Checkout → Pay for order", "plugin version: 4.2.1");
    }
}
