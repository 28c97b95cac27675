package io.incidentbot.slack.comms;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.incidentbot.common.IncidentId;
import io.incidentbot.comms.CustomerUpdate;
import io.incidentbot.comms.CustomerUpdates;
import io.incidentbot.comms.CustomerUpdates.Outcome;
import io.incidentbot.comms.UpdateSchedule;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.Actor;
import io.incidentbot.schedule.Timer;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.SlackCalls.SlackFailure;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customer updates in Slack: the draft posted in the incident channel when one falls due (or on
 * {@code /incident update}, or on resolving), its Edit / Publish / Skip buttons and modals, the
 * publisher that retries what Slack turns away and shows the comms owner where it stands, the
 * overdue reminders, and resuming drafts and sends a stopped process left unfinished.
 */
public final class CommsFeature {
    private static final Logger log = LoggerFactory.getLogger(CommsFeature.class);

    private final FeatureContext ctx;
    private final CustomerUpdates updates;
    private final List<Subcommand> subcommands;

    public CommsFeature(FeatureContext ctx, CustomerUpdates updates) {
        this.ctx = ctx;
        this.updates = updates;
        this.subcommands = List.of(new UpdateCommand(ctx, updates, this));
        ctx.app().blockAction(UpdateViews.PUBLISH, Handlers.action(this::publish));
        ctx.app().blockAction(UpdateViews.EDIT, Handlers.action(this::edit));
        ctx.app().blockAction(UpdateViews.SKIP, Handlers.action(this::skip));
        ctx.app().viewSubmission(UpdateViews.EDIT_CALLBACK, Handlers.submission(UpdateViews.EDIT_BLOCK, this::edited));
        ctx.app().viewSubmission(UpdateViews.SKIP_CALLBACK, Handlers.submission(UpdateViews.SKIP_BLOCK, this::skipped));
        ctx.timers().handle(UpdateSchedule.DUE, timer -> updates.due(timer).ifPresent(this::post));
        ctx.timers().handle(UpdateSchedule.OVERDUE, this::overdue);
    }

    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** At start-up: drafts and sends a stopped process left half done (each claimed, so one process takes each). */
    public void resume() {
        ctx.afterAck().run("resuming customer updates", () -> {
            updates.resumeDrafts().forEach(this::post);
            updates.resumeSends().forEach(sending -> send(sending, Actor.bot()));
        });
    }

    /** Posts a stored draft in the incident's channel and records where. */
    void post(CustomerUpdate update) {
        IncidentView view = ctx.view(update.incident());
        String channel = view.incident().homeChannel();
        String id = ctx.replies().id(view.incident());
        try {
            ChatPostMessageResponse posted = ctx.calls().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                    .channel(channel).text(Text.clamp(UpdateViews.fallback(update, id, view), Text.MESSAGE))
                    .blocks(UpdateViews.draft(update, id, view, updates.channel(update.incident()), Optional.empty()))));
            updates.drafted(update, channel, posted.getTs());
        } catch (SlackFailure e) {
            log.warn("could not post customer update draft #{} of {}: {}", update.seq(), update.incident(), e.error());
        }
    }

    /** Redraws the draft message with the update as stored now. */
    private void refresh(IncidentId id, int seq, Optional<String> progress) {
        updates.find(id, seq).ifPresent(update -> {
            if (update.draftTs().isEmpty() || update.draftChannel().isEmpty()) {
                return;
            }
            IncidentView view = ctx.view(id);
            String shown = ctx.replies().id(view.incident());
            try {
                ctx.calls().call("chat.update", () -> ctx.client().chatUpdate(r -> r.channel(update.draftChannel().get())
                        .ts(update.draftTs().get()).text(Text.clamp(UpdateViews.fallback(update, shown, view), Text.MESSAGE))
                        .blocks(UpdateViews.draft(update, shown, view, update.targetChannel().or(() -> updates.channel(id)),
                                progress))));
            } catch (SlackFailure e) {
                log.warn("could not redraw customer update #{} of {}: {}", seq, id, e.error());
            }
        });
    }

    /**
     * Sends a publish already written down as sending. Slack's 429 (Retry-After honoured) and 5xx are
     * retried with backoff; the draft message shows each retry, then sent or failed.
     */
    private void send(CustomerUpdates.Sending sending, Actor actor) {
        CustomerUpdate update = sending.update();
        IncidentId id = update.incident();
        refresh(id, update.seq(), Optional.of("attempt 1"));
        try {
            ChatPostMessageResponse posted = SlackCalls.afterAck().call("chat.postMessage", () -> ctx.client()
                    .chatPostMessage(r -> r.channel(sending.channel()).text(Text.clamp(sending.text().text(), Text.MESSAGE))),
                    (next, failure, wait) -> {
                        updates.retrying(update, next - 1, failure);
                        refresh(id, update.seq(), Optional.of("*retrying*: attempt " + next + " in "
                                + Math.max(1, wait.toSeconds()) + "s (Slack said " + failure + ")"));
                    });
            updates.sent(update, posted.getTs(), actor);
            refresh(id, update.seq(), Optional.empty());
        } catch (SlackFailure e) {
            updates.failed(update, e.error(), actor);
            refresh(id, update.seq(), Optional.empty());
            IncidentView view = ctx.view(id);
            ctx.messages().post(view.incident().homeChannel(), "⚠️ " + UpdateViews.addressee(view) + ": customer update #"
                    + update.seq() + " of *" + ctx.replies().id(view.incident()) + "* could not be published ("
                    + e.error() + "). Nothing reached customers; press *Publish again* on the draft.");
        }
    }

    private void overdue(Timer timer) {
        updates.overdue(timer).ifPresent(reminder -> {
            IncidentView view = reminder.view();
            String who = reminder.who().map(Format::user).orElse(reminder.step() == 1
                    ? "Comms owner (nobody holds the role)" : "Owner (nobody holds the role)");
            String id = ctx.replies().id(view.incident());
            String text = reminder.step() == 1
                    ? "⏰ " + who + ": customers were promised an update on *" + id + "* by " + Format.when(reminder.promised())
                            + " and none is published. Publish the draft above, edit it, or skip it with a reason."
                    : "⏰ " + who + ": the customer update on *" + id + "* promised for " + Format.when(reminder.promised())
                            + " is still not published, and the comms owner was reminded. Please see that it goes out.";
            ctx.messages().post(view.incident().homeChannel(), text);
        });
    }

    private Optional<CustomerUpdate> lookup(String teamId, String ref) {
        return UpdateViews.parseRef(ref).flatMap(r -> updates.find(new IncidentId(teamId, r[0]), r[1]));
    }

    private Response publish(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Optional<CustomerUpdate> update = lookup(payload.getTeam().getId(), payload.getActions().get(0).getValue());
        if (update.isEmpty()) {
            return context.ack();
        }
        Actor actor = ctx.groups().actor(payload.getUser().getId());
        Outcome outcome = updates.publish(update.get(), actor);
        if (outcome instanceof CustomerUpdates.Sending sending) {
            ctx.afterAck().run("publishing a customer update", () -> send(sending, actor));
        } else {
            tell(payload, refusal(outcome, "publish customer updates"));
        }
        return context.ack();
    }

    private String refusal(Outcome outcome, String what) {
        if (outcome instanceof CustomerUpdates.Denied denied) {
            return ctx.replies().denied(denied.view(), what);
        }
        if (outcome instanceof CustomerUpdates.NoChannel noChannel) {
            return "There is no customer-facing channel for " + ctx.replies().id(noChannel.view().incident())
                    + " yet, so nothing was published. Set one for this incident with `/incident update channel #channel`"
                    + " (or for every incident with `comms.customer_channel` in the config), then press Publish again.";
        }
        if (outcome instanceof CustomerUpdates.Outdated outdated) {
            return "This final update was drafted when " + ctx.replies().id(outdated.view().incident())
                    + " was resolved, and it has been reopened since. Nothing was published; draft a current one with "
                    + "`/incident update`, or skip this one.";
        }
        if (outcome instanceof CustomerUpdates.Closed closed) {
            return "Customer update #" + closed.update().seq() + " is already " + closed.update().state().key()
                    + ". Nothing changed.";
        }
        return "Done.";
    }

    private Response edit(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Optional<CustomerUpdate> update = lookup(payload.getTeam().getId(), payload.getActions().get(0).getValue());
        if (update.isEmpty()) {
            return context.ack();
        }
        if (!update.get().state().open()) {
            tell(payload, "Customer update #" + update.get().seq() + " is already " + update.get().state().key() + ".");
            return context.ack();
        }
        openModal(payload, UpdateViews.editModal(update.get(), id(update.get())));
        return context.ack();
    }

    private Response skip(BlockActionRequest request, ActionContext context) {
        BlockActionPayload payload = request.getPayload();
        Optional<CustomerUpdate> update = lookup(payload.getTeam().getId(), payload.getActions().get(0).getValue());
        if (update.isEmpty()) {
            return context.ack();
        }
        IncidentView view = ctx.view(update.get().incident());
        if (!ctx.mayChange(view, payload.getUser().getId())) {
            tell(payload, ctx.replies().denied(view, "skip customer updates"));
        } else if (!update.get().state().open()) {
            tell(payload, "Customer update #" + update.get().seq() + " is already " + update.get().state().key() + ".");
        } else {
            openModal(payload, UpdateViews.skipModal(update.get(), id(update.get())));
        }
        return context.ack();
    }

    private void openModal(BlockActionPayload payload, com.slack.api.model.view.View modal) {
        try {
            SlackCalls.once().call("views.open", () -> ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId())
                    .view(modal)));
        } catch (SlackFailure e) {
            tell(payload, "I couldn't open the form (Slack said `" + e.error() + "`). Please try again.");
        }
    }

    private Response edited(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Optional<CustomerUpdate> update = lookup(payload.getTeam().getId(), payload.getView().getPrivateMetadata());
        if (update.isEmpty()) {
            return context.ack();
        }
        String text = UpdateViews.read(payload.getView().getState(), UpdateViews.EDIT_BLOCK);
        if (text.isBlank()) {
            return context.ackWithErrors(Map.of(UpdateViews.EDIT_BLOCK, "Write the update, or cancel."));
        }
        Optional<CustomerUpdate> saved = updates.edit(update.get(), text, ctx.groups().actor(payload.getUser().getId()));
        if (saved.isEmpty()) {
            return context.ackWithErrors(Map.of(UpdateViews.EDIT_BLOCK, "This update was published or skipped meanwhile. "
                    + "Nothing was saved; close this form."));
        }
        ctx.afterAck().run("redrawing a customer update", () -> refresh(saved.get().incident(), saved.get().seq(),
                Optional.empty()));
        return context.ack();
    }

    private Response skipped(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Optional<CustomerUpdate> update = lookup(payload.getTeam().getId(), payload.getView().getPrivateMetadata());
        if (update.isEmpty()) {
            return context.ack();
        }
        String reason = UpdateViews.read(payload.getView().getState(), UpdateViews.SKIP_BLOCK);
        if (reason.isBlank()) {
            return context.ackWithErrors(Map.of(UpdateViews.SKIP_BLOCK, "Say why this update is skipped."));
        }
        Outcome outcome = updates.skip(update.get(), reason, ctx.groups().actor(payload.getUser().getId()));
        if (!(outcome instanceof CustomerUpdates.Skipped)) {
            return context.ackWithErrors(Map.of(UpdateViews.SKIP_BLOCK, refusal(outcome, "skip customer updates")));
        }
        ctx.afterAck().run("redrawing a customer update", () -> refresh(update.get().incident(), update.get().seq(),
                Optional.empty()));
        return context.ack();
    }

    private String id(CustomerUpdate update) {
        return update.incident().display(ctx.config().incident().idPrefix());
    }

    private void tell(BlockActionPayload payload, String text) {
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        ctx.afterAck().run("answering a button", () -> ctx.notices().ephemeral(channel, payload.getUser().getId(),
                Optional.ofNullable(payload.getResponseUrl()), text));
    }
}
