package io.incidentbot.slack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentbot.db.Database;
import io.incidentbot.support.Incidents;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /incident list} with filters, and {@code /incident timeline}, over three incidents in different states. */
class ListAndTimelineTest {
    static final String ALICE = TestBot.USER;

    @TempDir
    Path dir;
    TestBot bot;
    Opened checkout;
    Opened watcher;
    Opened coupons;

    @BeforeEach
    void threeIncidents() throws Exception {
        bot = TestBot.start(dir, Incidents.NOTHING_REQUIRED);
        checkout = Incidents.open(bot, "Checkout failing after 4.2 update", "SEV1");
        watcher = Incidents.open(bot, "Watcher publishes twice", "SEV3");
        coupons = Incidents.open(bot, "Coupons double-applied", "SEV2");
        bot.commandAs("U0BOB", watcher.channel(), "assign <@U0BOB|bob>");
        bot.commandAs(ALICE, coupons.channel(), "assign <@U0ALICE|alice>");
        bot.slack.await("chat.update", c -> c.allText().contains("INC-3 ·") && c.allText().contains("<@U0ALICE>"));
        Resolve.resolve(bot, ALICE, coupons);
        bot.slack.awaitPost(coupons.channel(), "final customer update"); // resolving drafts one
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    String list(String user, String filters) {
        return TestBot.replyText(bot.commandAs(user, TestBot.CHANNEL, ("list " + filters).strip()));
    }

    @Test
    void listShowsOpenIncidentsByDefaultAndTakesFilters() {
        assertThat(list(ALICE, "")).startsWith("*Open incidents (2)*").contains("INC-1", "INC-2").doesNotContain("INC-3");
        assertThat(list(ALICE, "open")).startsWith("*Open incidents (2)*");
        assertThat(list("U0BOB", "mine")).startsWith("*Open incidents involving you (1)*").contains("INC-2")
                .doesNotContain("INC-1");
        assertThat(list(ALICE, "sev1")).startsWith("*Open incidents at SEV1 (1)*").contains("*INC-1* SEV1 · Investigating · Checkout failing")
                .doesNotContain("INC-2");
        assertThat(list(ALICE, "resolved")).startsWith("*Resolved incidents (1)*").contains("INC-3", "Resolved");
        assertThat(list(ALICE, "all mine")).startsWith("*All incidents involving you (3)*");
        assertThat(list(ALICE, "resolved sev1")).isEqualTo("No resolved incidents at SEV1. Open one with `/incident open <title>`.");
        assertThat(list(ALICE, "sev9")).startsWith("I don't know the filter `sev9`. Filters: `mine`");
    }

    @Test
    void theTimelineShowsEveryEventInOrderWhoWhenWhatBeforeAfter() {
        bot.clock.advance(java.time.Duration.ofDays(2));
        bot.slack.awaitPost(coupons.channel(), "post-incident review");

        String timeline = TestBot.replyAllText(bot.commandAs(ALICE, coupons.channel(), "timeline"));

        assertThat(timeline).contains("*Timeline of INC-3* · 6 events, oldest first");
        assertThat(timeline.lines().filter(line -> line.startsWith("`")).toList()).satisfiesExactly(
                e -> assertThat(e).startsWith("`1` <!date^").endsWith(
                        " · <@U0ALICE> *opened*: _none_ → SEV2 · checkout · Coupons double-applied"),
                e -> assertThat(e).startsWith("`2` ").endsWith(
                        " · bot *channel created*: _none_ → #inc-3-coupons-double-applied"),
                e -> assertThat(e).startsWith("`3` ").endsWith(" · <@U0ALICE> *assigned Owner*: _none_ → <@U0ALICE>"),
                e -> assertThat(e).startsWith("`4` ").contains(" · <@U0ALICE> *resolved*: Investigating → Impact: "
                        + "Checkout returned 500 for 40 minutes; about 120 orders failed · Root cause: The 4.2 update"),
                e -> assertThat(e).startsWith("`5` ").endsWith(
                        " · bot *customer update drafted*: _none_ → #1 (final) (nothing removed)"),
                e -> assertThat(e).startsWith("`6` ").endsWith(
                        " · bot *review reminder sent*: _none_ → post-incident review due"));
        assertThat(TestBot.replyText(bot.commandAs(ALICE, TestBot.CHANNEL, "timeline")))
                .startsWith("I can't tell which incident you mean");
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, TestBot.CHANNEL, "timeline INC-1")))
                .contains("*Timeline of INC-1*");
    }

    @Test
    void theAuditStoreIsAppendOnly() throws Exception {
        bot.restart(() -> {
            try (Database db = Database.open(bot.db.toString())) {
                assertThatThrownBy(() -> db.writing(h -> h.execute("UPDATE audit_event SET actor = 'someone'")))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> db.writing(h -> h.execute("DELETE FROM audit_event")))
                        .hasMessageContaining("append-only");
            }
        });
        assertThat(TestBot.replyAllText(bot.commandAs(ALICE, coupons.channel(), "timeline"))).contains("5 events");
    }
}
