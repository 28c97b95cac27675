package io.incidentbot.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Opens incidents through the real form, the way someone in Slack would, and waits until they are set up. */
public final class Incidents {
    /** Config under which nothing stands in the way of resolving: no required checklist items or evidence. */
    public static final String NOTHING_REQUIRED = """
            runbook_defaults: { all: [], by_area: [] }
            evidence: { required: { SEV1: [], SEV2: [], SEV4: [], default: [] } }
            """;
    public static final String SEVERITY = "incident-open-severity";
    public static final String AREA = "incident-open-area";
    public static final String VISIBLE = "incident-open-customer-visible";
    public static final String PRIVACY = "incident-open-privacy-sensitive";

    /** An opened incident: "INC-1", its number and its own channel. */
    public record Opened(String id, int number, String channel) {
    }

    private Incidents() {
    }

    public static Opened open(TestBot bot, String title, String severity) {
        return open(bot, title, severity, false);
    }

    public static Opened open(TestBot bot, String title, String severity, boolean privacySensitive) {
        int pins = bot.slack.calls("pins.add").size();
        JsonNode view = bot.openModal(title);
        HttpResponse<String> ack = bot.submit(ViewSubmission.of(view).select(SEVERITY, severity)
                .select(AREA, "checkout").select(VISIBLE, "yes").select(PRIVACY, privacySensitive ? "yes" : "no"));
        if (ack.statusCode() != 200 || ack.body().contains("errors")) {
            throw new AssertionError("the open form was refused: " + ack.body());
        }
        int number = pins + 1;
        String id = "INC-" + number;
        bot.slack.await("pins.add", pins + 1);
        bot.slack.awaitPost(TestBot.CHANNEL, "opened *" + id);
        return new Opened(id, number, bot.card(id).param("channel"));
    }
}
