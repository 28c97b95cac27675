package io.incidentbot.slack.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.audit.AuditEvent;
import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;

/** What the checklist tests do over and over: open an incident, find its messages, read the timeline. */
final class Checklists {
    static final String SEVERITY = "incident-open-severity";
    static final String AREA = "incident-open-area";

    private Checklists() {
    }

    /** Opens INC-n through the modal, as a user does. */
    static void open(TestBot bot, String title, String area) {
        JsonNode view = bot.openModal(title);
        HttpResponse<String> ack = bot.submit(ViewSubmission.of(view).select(SEVERITY, "SEV2").select(AREA, area));
        if (ack.statusCode() != 200 || ack.body().contains("errors")) {
            throw new AssertionError("the open form was refused: " + ack.body());
        }
    }

    /** Page 1 of a checklist of INC-1, as it stands now. */
    static Call checklist(TestBot bot, String title) {
        return bot.slack.awaitPosted(m -> m.param("text").startsWith("INC-1 checklist: " + title + " ("));
    }

    /** INC-1's card, as it stands now. */
    static Call card(TestBot bot) {
        return bot.slack.awaitPosted(m -> m.param("text").startsWith("INC-1 ("));
    }

    /** The card, once it says {@code text}. */
    static Call cardSaying(TestBot bot, String text) {
        return bot.slack.awaitMessage(card(bot).param("ts"), c -> c.allText().contains(text));
    }

    static JsonNode itemBlock(Call message, String itemId) {
        return blocks(message).stream().filter(b -> b.path("block_id").asText().endsWith(":" + itemId)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + itemId + " in " + message.allText()));
    }

    static String itemText(Call message, String itemId) {
        return itemBlock(message, itemId).path("text").path("text").asText();
    }

    static List<JsonNode> blocks(Call message) {
        return StreamSupport.stream(message.json("blocks").spliterator(), false).toList();
    }

    /** The item buttons of a message. */
    static List<JsonNode> buttons(Call message) {
        return blocks(message).stream().map(b -> b.path("accessory"))
                .filter(a -> a.path("type").asText().equals("button")).toList();
    }

    static String toggle(String itemId) {
        return "checklist-toggle:" + itemId;
    }

    static List<AuditEvent> timeline(TestBot bot, int number) {
        try (Database db = Database.open(bot.db.toString())) {
            return new IncidentService(db, bot.clock).timeline(new IncidentId(TestBot.TEAM, number));
        }
    }

    static List<AuditEvent> events(TestBot bot, String action) {
        return timeline(bot, 1).stream().filter(e -> e.action().equals(action)).toList();
    }

    /** Marks INC-n resolved in the database, as the resolve flow will. */
    static void resolve(TestBot bot, int number) {
        try (Database db = Database.open(bot.db.toString())) {
            db.writing(h -> h.execute("UPDATE incident SET status = 'resolved' WHERE team_id = ? AND number = ?",
                    TestBot.TEAM, number));
        }
    }

    /** The ephemeral replies sent to block actions' response URLs. */
    static List<String> ephemerals(TestBot bot) {
        return bot.slack.calls("response_url").stream().filter(c -> c.param("url").contains("/action-"))
                .map(c -> c.body().path("text").asText()).toList();
    }
}
