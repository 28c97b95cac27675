package io.incidentbot.slack.lifecycle;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.incident.Status;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.schedule.Timer;
import io.incidentbot.slack.ActionValue;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Subcommand;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The lifecycle: the card's buttons, {@code /incident status}, the resolve form, review reminders, the timeline. */
public final class LifecycleFeature {
    private final FeatureContext ctx;
    private final StatusChanges changes;
    private final ResolveForm resolveForm;
    private final LifecycleService lifecycle;
    private final List<Subcommand> subcommands;

    public LifecycleFeature(FeatureContext ctx, LifecycleService lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
        this.changes = new StatusChanges(ctx, lifecycle);
        this.resolveForm = new ResolveForm(ctx, lifecycle);
        this.subcommands = List.of(new StatusCommand(ctx, changes, resolveForm), new TimelineCommand(ctx));
        ctx.cards().add(new StatusPart(ctx.config()));
        ctx.app().blockAction(Pattern.compile("^" + Pattern.quote(LifecycleIds.MOVE_PREFIX) + ".+"),
                Handlers.action(this::move));
        ctx.app().blockAction(LifecycleIds.REOPEN, Handlers.action(this::move));
        ctx.app().blockAction(LifecycleIds.RESOLVE, Handlers.action(this::resolve));
        ResolveSubmission submission = new ResolveSubmission(ctx, lifecycle);
        ctx.app().viewSubmission(ResolveField.CALLBACK, Handlers.submission(ResolveField.IMPACT.blockId, submission::handle));
        ctx.timers().handle(LifecycleService.REVIEW_REMINDER, this::reviewDue);
    }

    public List<Subcommand> subcommands() {
        return subcommands;
    }

    private Response move(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        Optional<ActionValue> value = ActionValue.decode(payload.getActions().get(0).getValue());
        Optional<Status> target = value.flatMap(v -> ctx.config().lifecycle().parse(v.intent()))
                .filter(s -> s != Status.RESOLVED);
        if (target.isEmpty()) {
            return context.ack();
        }
        IncidentId id = new IncidentId(payload.getTeam().getId(), value.get().number());
        String actor = payload.getUser().getId();
        changes.move(id, target.get(), actor, value.get().version(), true).ifPresent(text -> tell(payload, text));
        return context.ack();
    }

    private Response resolve(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        Optional<ActionValue> value = ActionValue.decode(payload.getActions().get(0).getValue());
        if (value.isEmpty()) {
            return context.ack();
        }
        IncidentId id = new IncidentId(payload.getTeam().getId(), value.get().number());
        resolveForm.open(id, payload.getTriggerId(), payload.getUser().getId()).ifPresent(text -> tell(payload, text));
        return context.ack();
    }

    private void tell(com.slack.api.app_backend.interactive_components.payload.BlockActionPayload payload, String text) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        ctx.afterAck().run("answering a button", () -> ctx.notices().ephemeral(channel, payload.getUser().getId(),
                Optional.ofNullable(payload.getResponseUrl()), text));
    }

    /** The post-incident review reminder, in the incident's channel, to its owner. */
    private void reviewDue(Timer timer) {
        lifecycle.reviewDue(timer).ifPresent(view -> {
            Incident incident = view.incident();
            String owner = view.holder(RoleAssignment.OWNER).map(Format::user).orElse("Owner (nobody holds the role)");
            ctx.messages().post(incident.homeChannel(), "📝 " + owner + ": time for the post-incident review of *"
                    + ctx.replies().id(incident) + "*. Walk through impact, root cause, remediation and the prevention "
                    + "step, and improve the runbook where it fell short.");
        });
    }
}
