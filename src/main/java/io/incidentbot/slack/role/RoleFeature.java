package io.incidentbot.slack.role;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.role.Role;
import io.incidentbot.role.RoleService;
import io.incidentbot.slack.ActionValue;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Subcommand;
import java.util.List;
import java.util.Optional;

/** Owners and roles: the card's pickers and {@code /incident assign}. */
public final class RoleFeature {
    private final FeatureContext ctx;
    private final Assignments assignments;
    private final List<Subcommand> subcommands;

    public RoleFeature(FeatureContext ctx, RoleService roles) {
        this.ctx = ctx;
        this.assignments = new Assignments(ctx, roles);
        this.subcommands = List.of(new AssignCommand(ctx, assignments));
        ctx.cards().add(new RolesPart(ctx.config()));
        for (String role : RoleIds.ON_CARD) {
            ctx.app().blockAction(RoleIds.pickAction(role), Handlers.action(this::picked));
        }
    }

    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** Someone chose a person in one of the card's pickers. */
    private Response picked(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        var action = payload.getActions().get(0);
        Optional<ActionValue> drawn = ActionValue.decode(action.getBlockId())
                .filter(v -> v.intent().equals(RoleIds.PICKERS));
        Optional<Role> role = RoleIds.roleOf(action.getActionId()).flatMap(ctx.config()::role);
        if (drawn.isEmpty() || role.isEmpty() || action.getSelectedUser() == null) {
            return context.ack(); // not a picker this version drew; nothing to do
        }
        IncidentId id = new IncidentId(payload.getTeam().getId(), drawn.get().number());
        String actor = payload.getUser().getId();
        Optional<String> reply = assignments.assign(id, role.get(), action.getSelectedUser(), actor,
                drawn.get().version());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        reply.ifPresent(text -> ctx.afterAck().run("answering a picker", () -> ctx.notices().ephemeral(channel, actor,
                Optional.ofNullable(payload.getResponseUrl()), text)));
        return context.ack();
    }
}
