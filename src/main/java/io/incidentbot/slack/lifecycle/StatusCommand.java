package io.incidentbot.slack.lifecycle;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.Status;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.Arrays;
import java.util.Optional;

/** {@code /incident status <state>}: moves the incident; resolving opens the acceptance-checks form. */
final class StatusCommand implements Subcommand {
    private final FeatureContext ctx;
    private final StatusChanges changes;
    private final ResolveForm resolveForm;

    StatusCommand(FeatureContext ctx, StatusChanges changes, ResolveForm resolveForm) {
        this.ctx = ctx;
        this.changes = changes;
        this.resolveForm = resolveForm;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String usage() {
        return "status <" + String.join("|", Arrays.stream(Status.values()).map(Status::key).toList()) + ">";
    }

    @Override
    public String summary() {
        return "Move the incident on; resolving asks the acceptance checks; a resolved one can be reopened.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        Optional<IncidentLocator.Target> target = ctx.locator().locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound("status INC-7 <state>"));
        }
        Incident incident = target.get().incident();
        Optional<Status> status = ctx.config().lifecycle().parse(Text.unescape(target.get().args()));
        if (status.isEmpty()) {
            return Replies.ephemeral(context, "Which state? `/incident " + usage() + "` ("
                    + String.join(", ", Arrays.stream(Status.values()).map(ctx.config()::statusLabel).toList()) + ").");
        }
        Optional<String> reply = status.get() == Status.RESOLVED
                ? resolveForm.open(incident.id(), payload.getTriggerId(), payload.getUserId())
                : changes.move(incident.id(), status.get(), payload.getUserId(), incident.version(), false);
        if (reply.isPresent()) {
            return Replies.ephemeral(context, reply.get());
        }
        return payload.getChannelId().equals(incident.homeChannel()) || status.get() == Status.RESOLVED ? context.ack()
                : Replies.ephemeral(context, "Done: see " + ctx.replies().id(incident) + "'s channel.");
    }
}
