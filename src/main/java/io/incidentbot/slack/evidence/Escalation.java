package io.incidentbot.slack.evidence;

import com.slack.api.methods.MethodsClient;
import io.incidentbot.config.AppConfig;
import io.incidentbot.evidence.Assessment;
import io.incidentbot.evidence.Completeness;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Text;
import java.util.Optional;

/**
 * "Escalate": posts the recommended route and its owner in the incident's channel, with a warning
 * that lists the missing evidence when it is incomplete (the runbooks: escalate when evidence is
 * incomplete, and say what is missing). Audited.
 */
final class Escalation {
    private final MethodsClient client;
    private final SlackCalls calls;
    private final IncidentService incidents;
    private final EvidenceService evidence;
    private final AppConfig config;
    private final Notices notices;

    Escalation(MethodsClient client, SlackCalls calls, IncidentService incidents, EvidenceService evidence,
               AppConfig config, Notices notices) {
        this.client = client;
        this.calls = calls;
        this.incidents = incidents;
        this.evidence = evidence;
        this.config = config;
        this.notices = notices;
    }

    /** Runs after the ack. */
    void post(Incident incident, String actor, String whereAsked, Optional<String> responseUrl) {
        IncidentView view = incidents.view(incident.id()).orElseThrow();
        Assessment assessment = evidence.assess(incident);
        String text = message(view, assessment, actor);
        try {
            calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(incident.homeChannel()).text(text)));
            evidence.recordEscalation(incident.id(), actor, assessment.recommendation().route().label() + " · owner "
                    + view.holder(assessment.routeOwnerRole()).orElse("unassigned") + " · "
                    + assessment.completeness().summary());
        } catch (SlackCalls.SlackFailure e) {
            notices.ephemeral(whereAsked, actor, responseUrl, "I couldn't post in " + Format.channel(incident.homeChannel())
                    + " (Slack said `" + e.error() + "`). Here is the route:\n" + text);
        }
    }

    String message(IncidentView view, Assessment assessment, String actor) {
        Incident incident = view.incident();
        String id = incident.id().display(config.incident().idPrefix());
        String role = config.roleLabel(assessment.routeOwnerRole());
        String owner = view.holder(assessment.routeOwnerRole()).map(u -> Format.user(u) + " (" + role + ")")
                .orElse("unassigned: nobody holds the " + Text.escape(role) + " role yet");
        StringBuilder text = new StringBuilder("📣 *").append(id).append(": escalate to ")
                .append(assessment.recommendation().route().label()).append("*\n")
                .append("Owner: ").append(owner).append("\n")
                .append("Why: ").append(assessment.recommendation().reason());
        Completeness completeness = assessment.completeness();
        if (!completeness.complete()) {
            text.append("\n⚠️ *Evidence is incomplete* (").append(completeness.collected()).append('/')
                    .append(completeness.required().size()).append("). Missing: ").append(completeness.missingList())
                    .append(". Escalate with what you have and add the rest: `/incident evidence ").append(id).append("`.");
        } else if (!completeness.required().isEmpty()) {
            text.append("\n✅ Evidence complete (").append(completeness.collected()).append('/')
                    .append(completeness.required().size()).append("). `/incident report ").append(id)
                    .append("` posts the redacted support report.");
        }
        text.append("\nAsked by ").append(Format.user(actor)).append('.');
        return Text.clamp(text.toString(), Text.MESSAGE);
    }
}
