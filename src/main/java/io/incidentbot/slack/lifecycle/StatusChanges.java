package io.incidentbot.slack.lifecycle;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.incident.Status;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.Optional;

/** Moving an incident between open states, or reopening it; the card and the channel follow after the ack. */
final class StatusChanges {
    private final FeatureContext ctx;
    private final LifecycleService lifecycle;

    StatusChanges(FeatureContext ctx, LifecycleService lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
    }

    /** Moves; returns what to tell the person who asked, if anything. A repeat (double click) says nothing when {@code quietRepeat}. */
    Optional<String> move(IncidentId id, Status target, String actorId, int version, boolean quietRepeat) {
        Change change = lifecycle.moveTo(id, target, ctx.groups().actor(actorId), version);
        if (change instanceof Change.Done done) {
            ctx.afterAck().run("announcing a state change of " + id, () -> {
                ctx.cards().refresh(id);
                Incident before = done.before().incident();
                String who = Format.user(actorId);
                String text = before.status() == Status.RESOLVED
                        ? who + " reopened *" + ctx.replies().id(before) + "*: it is *"
                        + Text.escape(ctx.config().statusLabel(target)) + "* again, and the response clock restarts."
                        : who + " moved *" + ctx.replies().id(before) + "* from " + Text.escape(ctx.config().statusLabel(
                        before.status())) + " to *" + Text.escape(ctx.config().statusLabel(target)) + "*.";
                ctx.messages().post(before.homeChannel(), text);
            });
            return Optional.empty();
        }
        if (change instanceof Change.AlreadyDone) {
            return quietRepeat ? Optional.empty() : Optional.of(ctx.replies().id(change.current().incident())
                    + " already is *" + Text.escape(ctx.config().statusLabel(target)) + "*.");
        }
        ctx.afterAck().run("refreshing the card of " + id, () -> ctx.cards().refresh(id));
        if (change instanceof Change.Denied) {
            return Optional.of(ctx.replies().denied(change.current(), "reopen it"));
        }
        return Optional.of(ctx.replies().stale(change.current()));
    }

}
