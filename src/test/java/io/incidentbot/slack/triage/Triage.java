package io.incidentbot.slack.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.Incidents.Opened;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;

/** Triage the way a person does it: the card's button, the questions, then the decision. */
final class Triage {
    static final String IMPACT = "triage-impact";
    static final String VISIBLE = "triage-customer-visible";
    static final String REVENUE = "triage-revenue-risk";
    static final String PRIVACY = "triage-privacy-exposure";
    static final String DATA = "triage-data-incorrect";
    static final String PAUSABLE = "triage-automation-pausable";
    static final String LEVEL = "triage-level";
    static final String REASON = "triage-override-reason";

    private Triage() {
    }

    /** Clicks "Triage severity…" on the card and returns the form that opened. */
    static JsonNode open(TestBot bot, String user, Opened incident) {
        int before = bot.slack.calls("views.open").size();
        HttpResponse<String> ack = bot.click(user, bot.card(incident.id()), "triage-open");
        assertThat(ack.statusCode()).isEqualTo(200);
        return bot.slack.await("views.open", before + 1).get(before).json("view");
    }

    /** Answers the questions; returns the decision view the form turned into. */
    static JsonNode answer(TestBot bot, String user, JsonNode criteria, String impact, boolean visible, boolean revenue,
                           boolean privacy, boolean dataIncorrect, String pausable) {
        HttpResponse<String> response = bot.submitAs(user, ViewSubmission.of(criteria).select(IMPACT, impact)
                .select(VISIBLE, yes(visible)).select(REVENUE, yes(revenue)).select(PRIVACY, yes(privacy))
                .select(DATA, yes(dataIncorrect)).select(PAUSABLE, pausable));
        JsonNode body = TestBot.json(response);
        assertThat(body.path("response_action").asText()).as(response.body()).isEqualTo("update");
        return body.path("view");
    }

    static String yes(boolean answer) {
        return answer ? "yes" : "no";
    }
}
