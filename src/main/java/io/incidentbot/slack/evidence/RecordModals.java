package io.incidentbot.slack.evidence;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import io.incidentbot.config.AppConfig;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.Incident;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.SlackCalls;

/** Opens the evidence and rollback modals of an incident, from a command or a card button. */
final class RecordModals {
    private final EvidenceService evidence;
    private final AppConfig config;
    private final Redactor redactor;

    RecordModals(EvidenceService evidence, AppConfig config, Redactor redactor) {
        this.evidence = evidence;
        this.config = config;
        this.redactor = redactor;
    }

    /** Opens the evidence modal; throws {@link SlackCalls.SlackFailure} when Slack refuses. */
    void openEvidence(MethodsClient client, String triggerId, Incident incident) {
        View view = EvidenceModal.build(reference(incident), incident, evidence.evidence(incident.id()), redactor,
                meta(incident));
        open(client, triggerId, view);
    }

    void openRollback(MethodsClient client, String triggerId, Incident incident) {
        View view = RollbackModal.build(reference(incident), incident, evidence.rollback(incident.id()), redactor,
                meta(incident));
        open(client, triggerId, view);
    }

    private static void open(MethodsClient client, String triggerId, View view) {
        // inside Slack's 3-second window: one attempt, the trigger id expires anyway
        SlackCalls.once().call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    private String reference(Incident incident) {
        return incident.id().display(config.incident().idPrefix());
    }

    private static Meta meta(Incident incident) {
        return Meta.empty().with(EvidenceIds.INCIDENT, String.valueOf(incident.id().number()));
    }
}
