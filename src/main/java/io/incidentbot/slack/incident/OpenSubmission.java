package io.incidentbot.slack.incident;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentField;
import io.incidentbot.incident.IncidentRules;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Meta;
import java.time.Clock;
import java.util.Map;

/**
 * The open form submitted: validated in the ack (field errors keep the modal open with everything
 * typed), stored before the ack so nothing acknowledged can be lost, then set up in Slack after it.
 */
final class OpenSubmission {
    private final IncidentRules rules;
    private final IncidentService incidents;
    private final IncidentSetup setup;
    private final AfterAck afterAck;
    private final Clock clock;

    OpenSubmission(AppConfig config, IncidentService incidents, IncidentSetup setup, AfterAck afterAck, Clock clock) {
        this.rules = new IncidentRules(config.severities(), config.areas());
        this.incidents = incidents;
        this.setup = setup;
        this.afterAck = afterAck;
        this.clock = clock;
    }

    Response handle(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Meta meta = Meta.decode(payload.getView().getPrivateMetadata());
        String origin = meta.get(OpenModal.ORIGIN).orElse(null);
        NewIncident form = OpenModal.read(payload.getView().getState(), payload.getTeam().getId(),
                payload.getUser().getId(), origin);
        Map<IncidentField, String> problems = rules.problems(form, clock.instant());
        if (!problems.isEmpty()) {
            return context.ackWithErrors(OpenModal.errors(problems));
        }
        if (origin == null) {
            return context.ackWithErrors(Map.of(OpenField.TITLE.blockId,
                    "This form lost track of its channel. Close it and run /incident open again."));
        }
        Incident incident = incidents.open(form);
        afterAck.run("setting up " + incident.id(), () -> setup.run(incident, meta.get(OpenModal.RESPONSE_URL)));
        return context.ack();
    }
}
