package io.incidentbot.slack.evidence;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.incident.Incident;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.Optional;

/** {@code /incident escalate [INC-n]}: the recommended route posted in the incident's channel. */
final class EscalateCommand implements Subcommand {
    private final IncidentLocator locator;
    private final Escalation escalation;
    private final AfterAck afterAck;

    EscalateCommand(IncidentLocator locator, Escalation escalation, AfterAck afterAck) {
        this.locator = locator;
        this.escalation = escalation;
        this.afterAck = afterAck;
    }

    @Override
    public String name() {
        return "escalate";
    }

    @Override
    public String usage() {
        return "escalate [INC-n]";
    }

    @Override
    public String summary() {
        return "Post where to escalate (hosting, provider, marketplace or internal) and who owns it; "
                + "warns when evidence is missing.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        var target = locator.locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound(usage()));
        }
        Incident incident = target.get().incident();
        afterAck.run("escalating " + incident.id(), () -> escalation.post(incident, payload.getUserId(),
                payload.getChannelId(), Optional.ofNullable(payload.getResponseUrl())));
        if (incident.homeChannel().equals(payload.getChannelId())) {
            return context.ack();
        }
        return Replies.ephemeral(context, "Posting the escalation route in " + Format.channel(incident.homeChannel()) + ".");
    }
}
