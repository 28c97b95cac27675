package io.incidentbot.slack.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;

/** Resolving the way a person does it: the card's button, then the acceptance checks. */
final class Resolve {
    static final String IMPACT = "incident-resolve-impact";
    static final String ROOT_CAUSE = "incident-resolve-root-cause";
    static final String OWNER = "incident-resolve-owner";
    static final String REMEDIATION = "incident-resolve-remediation";
    static final String PREVENTION = "incident-resolve-prevention";
    static final String WHY = "incident-resolve-override-reason";

    private Resolve() {
    }

    /** Clicks "Resolved…" on the card; returns the form that opened. */
    static JsonNode form(TestBot bot, String user, Opened incident) {
        int before = bot.slack.calls("views.open").size();
        HttpResponse<String> ack = bot.click(user, bot.card(incident.id()), "status-resolve");
        assertThat(ack.statusCode()).isEqualTo(200);
        return bot.slack.await("views.open", before + 1).get(before).json("view");
    }

    static ViewSubmission answered(JsonNode form) {
        return ViewSubmission.of(form)
                .text(IMPACT, "Checkout returned 500 for 40 minutes; about 120 orders failed")
                .text(ROOT_CAUSE, "The 4.2 update changed the payment hook signature")
                .text(REMEDIATION, "Rolled back to 4.1.3; failed orders retried")
                .text(PREVENTION, "Staging checkout test before every plugin update");
    }

    /** Resolves with every check answered; asserts the form closed. */
    static void resolve(TestBot bot, String user, Opened incident) {
        HttpResponse<String> response = bot.submitAs(user, answered(form(bot, user, incident)));
        assertThat(response.body()).as("the resolve form was refused").doesNotContain("response_action");
        bot.slack.awaitPost(incident.channel(), "resolved *" + incident.id() + "*");
    }
}
