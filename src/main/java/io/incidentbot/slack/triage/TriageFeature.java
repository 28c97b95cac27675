package io.incidentbot.slack.triage;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.ResponseTimers;
import io.incidentbot.incident.TriageService;
import io.incidentbot.slack.ActionValue;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.List;
import java.util.Optional;

/**
 * Severity triage with the escalation matrix: the triage form, the severity brief that mentions the
 * level's owners, acknowledging a response, and the reminders and escalation of a missed target.
 */
public final class TriageFeature {
    private final FeatureContext ctx;
    private final TriageService triage;
    private final Acknowledgements acknowledgements;
    private final List<Subcommand> subcommands;

    public TriageFeature(FeatureContext ctx, TriageService triage, Escalations escalations) {
        this.ctx = ctx;
        this.triage = triage;
        this.acknowledgements = new Acknowledgements(ctx, escalations);
        SeverityBrief brief = new SeverityBrief(ctx);
        TriageSubmission submission = new TriageSubmission(ctx, triage, escalations, brief);
        ResponseReminders reminders = new ResponseReminders(ctx, escalations);
        ctx.cards().add(new ResponsePart(escalations, triage));
        ctx.app().blockAction(TriageIds.TRIAGE_BUTTON, Handlers.action(this::triageClicked));
        ctx.app().blockAction(TriageIds.ACK_BUTTON, Handlers.action(this::ackClicked));
        ctx.app().viewSubmission(TriageIds.CRITERIA, Handlers.submission(TriageField.IMPACT.blockId, submission::criteria));
        ctx.app().viewSubmission(TriageIds.DECISION, Handlers.submission(TriageField.LEVEL.blockId, submission::decision));
        ctx.timers().handle(ResponseTimers.RESPONSE_TARGET, reminders::responseMissed);
        ctx.timers().handle(ResponseTimers.ESCALATION, reminders::escalate);
        ctx.incidents().addSetupStep(incident -> {
            if (brief.namesOwners(incident.severity())) {
                brief.post(ctx.view(incident.id()), Optional.empty(), Optional.empty(), Optional.empty(),
                        escalations.respondBy(incident.id()).orElse(ctx.clock().instant()));
            }
        });
        this.subcommands = List.of(new Command("triage", "triage",
                        "Answer the severity questions; see the suggested level and why; confirm or override it.",
                        this::triageCommand),
                new Command("ack", "ack", "Someone is on it: meets the response target and stops escalation.",
                        this::ackCommand));
    }

    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** Opens the triage form, unless the person may not change the severity. */
    private Optional<String> openForm(IncidentId id, String triggerId, String userId) {
        IncidentView view = ctx.view(id);
        if (!ctx.mayChange(view, userId)) {
            return Optional.of(ctx.replies().denied(view, "change its severity"));
        }
        try {
            SlackCalls.once().call("views.open", () -> ctx.client().viewsOpen(r -> r.triggerId(triggerId)
                    .view(TriageModal.criteria(view, triage.latest(id).map(t -> t.answers()), ctx.config()))));
            return Optional.empty();
        } catch (SlackCalls.SlackFailure e) {
            return Optional.of("I couldn't open the triage form (Slack said `" + e.error() + "`). Please try again.");
        }
    }

    private Response triageClicked(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        ActionValue.decode(payload.getActions().get(0).getValue()).ifPresent(value -> openForm(
                new IncidentId(payload.getTeam().getId(), value.number()), payload.getTriggerId(),
                payload.getUser().getId()).ifPresent(text -> tell(payload, text)));
        return context.ack();
    }

    private Response ackClicked(BlockActionRequest request, ActionContext context) {
        var payload = request.getPayload();
        ActionValue.decode(payload.getActions().get(0).getValue()).ifPresent(value -> acknowledgements.acknowledge(
                new IncidentId(payload.getTeam().getId(), value.number()), payload.getUser().getId(), true)
                .ifPresent(text -> tell(payload, text)));
        return context.ack();
    }

    private Response triageCommand(IncidentLocator.Target target, SlashCommandRequest request, SlashCommandContext context) {
        return openForm(target.incident().id(), request.getPayload().getTriggerId(), request.getPayload().getUserId())
                .map(text -> Replies.ephemeral(context, text)).orElseGet(context::ack);
    }

    private Response ackCommand(IncidentLocator.Target target, SlashCommandRequest request, SlashCommandContext context) {
        return acknowledgements.acknowledge(target.incident().id(), request.getPayload().getUserId(), false)
                .map(text -> Replies.ephemeral(context, text)).orElseGet(context::ack);
    }

    private void tell(BlockActionPayload payload, String text) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        ctx.afterAck().run("answering a button", () -> ctx.notices().ephemeral(channel, payload.getUser().getId(),
                Optional.ofNullable(payload.getResponseUrl()), text));
    }

    /** A subcommand about one incident: the one named, or the one whose channel it was typed in. */
    private final class Command implements Subcommand {
        interface Run {
            Response run(IncidentLocator.Target target, SlashCommandRequest request, SlashCommandContext context);
        }

        private final String name;
        private final String usage;
        private final String summary;
        private final Run run;

        Command(String name, String usage, String summary, Run run) {
            this.name = name;
            this.usage = usage;
            this.summary = summary;
            this.run = run;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String usage() {
            return usage;
        }

        @Override
        public String summary() {
            return summary;
        }

        @Override
        public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
            var payload = request.getPayload();
            return ctx.locator().locate(payload.getTeamId(), payload.getChannelId(), args)
                    .map(target -> run.run(target, request, context))
                    .orElseGet(() -> Replies.ephemeral(context, IncidentLocator.notFound(usage + " INC-7")));
        }
    }
}
