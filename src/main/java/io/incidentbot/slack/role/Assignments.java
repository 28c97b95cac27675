package io.incidentbot.slack.role;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.Role;
import io.incidentbot.role.RoleService;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.Optional;

/**
 * Giving someone a role, from the card's pickers or /incident assign: the change in the ack; after
 * it the card, an invitation to the channel, the role's instructions by DM and a line in the channel.
 */
final class Assignments {
    private final FeatureContext ctx;
    private final RoleService roles;

    Assignments(FeatureContext ctx, RoleService roles) {
        this.ctx = ctx;
        this.roles = roles;
    }

    /** Assigns; returns what to tell the person who asked, when there is more to say than the channel sees. */
    Optional<String> assign(IncidentId id, Role role, String userId, String actorId, int version) {
        Change change = roles.assign(id, role.id(), userId, ctx.groups().actor(actorId), version);
        IncidentView view = change.current();
        String incident = ctx.replies().id(view.incident());
        if (change instanceof Change.Done done) {
            ctx.afterAck().run("announcing a role on " + id, () -> announce(done.after(), role, userId, actorId));
            return Optional.empty();
        }
        ctx.afterAck().run("refreshing the card of " + id, () -> ctx.cards().refresh(id)); // pickers show the truth again
        if (change instanceof Change.AlreadyDone) {
            return Optional.of(Format.user(userId) + " already is the " + Text.escape(role.label()) + " of " + incident + ".");
        }
        if (change instanceof Change.Denied) {
            return Optional.of(ctx.replies().denied(view, "reassign its " + Text.escape(role.label())));
        }
        return Optional.of(ctx.replies().stale(view));
    }

    private void announce(IncidentView view, Role role, String userId, String actorId) {
        Incident incident = view.incident();
        ctx.cards().refresh(incident.id());
        incident.channelId().ifPresent(channel -> ctx.messages().invite(channel, userId));
        instruct(incident, role, userId, actorId);
        String line = actorId.equals(userId)
                ? Format.user(userId) + " took the *" + Text.escape(role.label()) + "* role."
                : Format.user(actorId) + " made " + Format.user(userId) + " the *" + Text.escape(role.label()) + "*.";
        ctx.messages().post(incident.homeChannel(), line);
    }

    /** The role's instructions by DM: outside the incident's channel, so no details of a privacy-sensitive one. */
    private void instruct(Incident incident, Role role, String userId, String actorId) {
        String id = ctx.replies().id(incident);
        String where = incident.channelId().map(c -> " in " + Format.channel(c)).orElse("");
        String what = incident.privacySensitive()
                ? "*" + id + "*, a privacy-sensitive incident (details only" + where + ")"
                : "*" + id + " · " + Text.escape(incident.title()) + "*" + where;
        String text = Text.clamp("You are now the *" + Text.escape(role.label()) + "* of " + what + ", assigned by "
                + Format.user(actorId) + "."
                + (role.instructions().isBlank() ? "" : "\n>" + Text.escape(role.instructions())), Text.MESSAGE);
        ctx.messages().post(userId, text);
    }
}
