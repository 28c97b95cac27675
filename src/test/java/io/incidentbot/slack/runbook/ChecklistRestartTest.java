package io.incidentbot.slack.runbook;

import static io.incidentbot.slack.runbook.Checklists.buttons;
import static io.incidentbot.slack.runbook.Checklists.events;
import static io.incidentbot.slack.runbook.Checklists.itemText;
import static io.incidentbot.slack.runbook.Checklists.open;
import static io.incidentbot.slack.runbook.Checklists.toggle;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.common.MessageRef;
import io.incidentbot.db.Database;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklists across restarts: config edits leave running incidents alone; a cut-off set-up is finished. */
class ChecklistRestartTest {
    static final String BEFORE = """
            runbooks:
              - id: drill
                title: Drill
                items:
                  - { id: first, text: First step }
                  - { id: second, text: Second step, required: true }
            runbook_defaults: { all: [drill], by_area: [] }
            """;
    static final String AFTER = """
            runbooks:
              - id: drill
                title: Drill
                items:
                  - { id: first, text: "First step, reworded" }
                  - { id: third, text: Third step }
            runbook_defaults: { all: [drill], by_area: [] }
            """;

    @TempDir
    Path dir;
    TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir, BEFORE);
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    @Test
    void anIncidentKeepsTheChecklistItWasGivenWhenTheRunbookIsEdited() throws Exception {
        open(bot, "Game day", "other");
        Call old = bot.slack.awaitPosted(m -> m.param("text").startsWith("INC-1 checklist: Drill"));

        bot.restart(() -> write(AFTER));
        bot.click(TestBot.USER, old, toggle("second")); // an item the config no longer has

        Call ticked = bot.slack.awaitMessage(old.param("ts"), m -> itemText(m, "second").startsWith("✅"));
        assertThat(itemText(ticked, "first")).isEqualTo("⬜ First step");
        assertThat(buttons(ticked)).hasSize(2);
        assertThat(events(bot, "checklist item ticked")).hasSize(1);

        open(bot, "Game day two", "other"); // a new incident gets the runbook as it is now
        Call fresh = bot.slack.awaitPosted(m -> m.param("text").startsWith("INC-2 checklist: Drill"));
        assertThat(buttons(fresh)).extracting(b -> b.path("action_id").asText())
                .containsExactly(toggle("first"), toggle("third"));
        assertThat(itemText(fresh, "first")).isEqualTo("⬜ First step, reworded");
    }

    @Test
    void aChecklistARestartCutOffIsPostedOnStartAndOnlyOnce() throws Exception {
        // the state a kill leaves behind: the card was posted, the checklist not yet
        bot.restart(() -> {
            try (Database db = Database.open(bot.db.toString())) {
                IncidentService incidents = new IncidentService(db, bot.clock);
                Incident incident = incidents.open(new NewIncident(TestBot.TEAM, "Watcher publishes twice", "SEV2",
                        "watcher", false, false, "", Optional.empty(), TestBot.USER, TestBot.CHANNEL));
                incidents.attachChannel(incident.id(), "C0INC1", "inc-1-watcher-publishes-twice");
                incidents.recordMessage(incident.id(), "card", new MessageRef("C0INC1", "1699999999.000001"));
            }
        });

        Call checklist = bot.slack.awaitPosted(m -> m.param("text").startsWith("INC-1 checklist: Drill"));
        assertThat(checklist.param("channel")).isEqualTo("C0INC1");
        assertThat(events(bot, "checklist added")).hasSize(1);

        bot.restart();
        bot.slack.awaitQuiet(200);
        assertThat(bot.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(events(bot, "checklist added")).hasSize(1);
    }

    private void write(String yaml) {
        try {
            Files.writeString(dir.resolve("incident-bot.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
