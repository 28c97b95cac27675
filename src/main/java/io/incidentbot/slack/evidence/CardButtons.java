package io.incidentbot.slack.evidence;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.SlackCalls;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/** The evidence buttons on the incident card. Each carries the incident number as its value. */
final class CardButtons {
    private final IncidentService incidents;
    private final RecordModals modals;
    private final Escalation escalation;
    private final AfterAck afterAck;

    CardButtons(IncidentService incidents, RecordModals modals, Escalation escalation, AfterAck afterAck) {
        this.incidents = incidents;
        this.modals = modals;
        this.escalation = escalation;
        this.afterAck = afterAck;
    }

    Response addEvidence(BlockActionRequest request, ActionContext context) {
        return withIncident(request, context, incident -> modals.openEvidence(context.client(),
                request.getPayload().getTriggerId(), incident));
    }

    Response rollback(BlockActionRequest request, ActionContext context) {
        return withIncident(request, context, incident -> modals.openRollback(context.client(),
                request.getPayload().getTriggerId(), incident));
    }

    Response escalate(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        return withIncident(request, context, incident -> afterAck.run("escalating " + incident.id(),
                () -> escalation.post(incident, payload.getUser().getId(), channel == null ? incident.homeChannel() : channel,
                        Optional.ofNullable(payload.getResponseUrl()))));
    }

    private Response withIncident(BlockActionRequest request, ActionContext context,
                                  Consumer<Incident> action) {
        var payload = request.getPayload();
        Optional<Incident> incident = number(payload.getActions().get(0).getValue())
                .map(n -> new IncidentId(payload.getTeam().getId(), n)).flatMap(incidents::find);
        if (incident.isEmpty()) {
            return tell(request, context, "That incident no longer exists.");
        }
        try {
            action.accept(incident.get());
        } catch (SlackCalls.SlackFailure e) {
            return tell(request, context, "I couldn't open the form (Slack said `" + e.error() + "`). Please try again.");
        }
        return context.ack();
    }

    private static Response tell(BlockActionRequest request, ActionContext context, String text) {
        if (request.getPayload().getResponseUrl() != null) {
            try {
                context.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(text));
            } catch (IOException e) {
                // the user sees no change; nothing else to tell them through
            }
        }
        return context.ack();
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
