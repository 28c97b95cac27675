package io.incidentbot.slack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.db.Database;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.evidence.RollbackDecision;
import io.incidentbot.evidence.RollbackField;
import io.incidentbot.evidence.RollbackRecord;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rollback record of the Update and Rollback runbook: offered on plugin-update cards, kept, audited. */
class RollbackRecordTest {
    static final String RELEASE = "rollback-release-version";
    static final String DATE = "rollback-update-date";
    static final String BACKUP = "rollback-backup-location";
    static final String OWNER = "rollback-restore-owner";
    static final String DIAGNOSTICS = "rollback-diagnostics-result";
    static final String CAVEATS = "rollback-known-caveats";
    static final String DECISION = "rollback-decision";

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

    RollbackRecord stored(int number) {
        try (Database db = Database.open(bot.db.toString())) {
            return new EvidenceService(db, bot.clock, ConfigLoader.defaults().evidence())
                    .rollback(new IncidentId(TestBot.TEAM, number));
        }
    }

    JsonNode openFromCard(Call card) {
        int before = bot.slack.calls("views.open").size();
        assertThat(bot.click(bot.card(card), "rollback-open").statusCode()).isEqualTo(200);
        return bot.slack.await("views.open", before + 1).get(before).json("view");
    }

    @Test
    void aPluginUpdateCardOffersTheRollbackRecordAndItIsKeptAndAudited() {
        Call card = bot.openIncident("Checkout failing after 4.2 update", "SEV1", "plugin-update");
        JsonNode view = openFromCard(card);

        assertThat(view.path("title").path("text").asText()).isEqualTo("Rollback · INC-1");
        int updates = bot.cardUpdates(card);
        HttpResponse<String> ack = bot.submit(ViewSubmission.of(view).text(RELEASE, "4.2.0").date(DATE, "2026-03-01")
                .text(BACKUP, "Host snapshot 2026-03-01 02:00").user(OWNER, "U0BOB")
                .text(DIAGNOSTICS, "Staging pass; production fails SSL").text(CAVEATS, "Orders since the update need re-sync")
                .select(DECISION, "roll-back"));

        assertThat(TestBot.json(ack).path("response_action").isMissingNode()).as(ack.body()).isTrue();
        bot.awaitCardUpdate(card, updates);
        RollbackRecord record = stored(1);
        assertThat(record.get(RollbackField.RELEASE_VERSION)).contains("4.2.0");
        assertThat(record.get(RollbackField.UPDATE_DATE)).contains("2026-03-01");
        assertThat(record.get(RollbackField.RESTORE_OWNER)).contains("U0BOB");
        assertThat(record.decision()).contains(RollbackDecision.ROLL_BACK);
        try (Database db = Database.open(bot.db.toString())) {
            assertThat(new IncidentService(db, bot.clock).timeline(new IncidentId(TestBot.TEAM, 1))).last()
                    .satisfies(e -> {
                        assertThat(e.action()).startsWith("rollback record updated (release version, update date");
                        assertThat(e.after()).contains("Release version: 4.2.0", "Restore owner: @U0BOB",
                                "Rollback decision: Roll back to the previous release");
                    });
        }

        JsonNode again = openFromCard(card);
        assertThat(OpenModalBlocks.element(again, RELEASE).path("initial_value").asText()).isEqualTo("4.2.0");
        assertThat(OpenModalBlocks.element(again, DATE).path("initial_date").asText()).isEqualTo("2026-03-01");
        assertThat(OpenModalBlocks.element(again, OWNER).path("initial_user").asText()).isEqualTo("U0BOB");
        assertThat(OpenModalBlocks.element(again, DECISION).path("initial_option").path("value").asText())
                .isEqualTo("roll-back");
    }

    @Test
    void aBadReleaseVersionOrAFutureUpdateDateIsAFieldError() {
        Call card = bot.openIncident("Checkout failing after 4.2 update", "SEV1", "plugin-update");

        HttpResponse<String> ack = bot.submit(ViewSubmission.of(openFromCard(card)).text(RELEASE, "the new one")
                .date(DATE, "2099-01-01").text(BACKUP, "Host snapshot"));

        JsonNode errors = TestBot.json(ack).path("errors");
        assertThat(errors.path(RELEASE).asText()).contains("like 6.4.2");
        assertThat(errors.path(DATE).asText()).contains("in the future");
        assertThat(stored(1).isEmpty()).isTrue();
    }

    @Test
    void otherAreasDoNotOfferItUntilARecordExists() {
        Call card = bot.openIncident("Watcher stuck", "SEV3", "watcher");
        assertThat(card.json("blocks").findValuesAsText("action_id")).doesNotContain("rollback-open");

        int before = bot.slack.calls("views.open").size();
        bot.commandAs(TestBot.USER, card.param("channel"), "rollback");
        JsonNode view = bot.slack.await("views.open", before + 1).get(before).json("view");
        int updates = bot.cardUpdates(card);
        bot.submit(ViewSubmission.of(view).select(DECISION, "undecided"));

        Call updated = bot.awaitCardUpdate(card, updates);
        assertThat(updated.json("blocks").findValuesAsText("action_id")).contains("rollback-open");
    }
}
