package io.incidentbot.slack.lifecycle;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.SlackCalls;
import java.util.Optional;

/** Opens the resolve form (inside Slack's 3-second window), unless the person may not resolve. */
final class ResolveForm {
    private final FeatureContext ctx;
    private final LifecycleService lifecycle;

    ResolveForm(FeatureContext ctx, LifecycleService lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
    }

    /** Opens it; returns what to tell the person instead, if it was not opened. */
    Optional<String> open(IncidentId id, String triggerId, String userId) {
        IncidentView view = ctx.view(id);
        if (!view.incident().isOpen()) {
            return Optional.of(ctx.replies().id(view.incident()) + " is already resolved.");
        }
        if (!ctx.mayChange(view, userId)) {
            return Optional.of(ctx.replies().denied(view, "resolve it"));
        }
        try {
            SlackCalls.once().call("views.open", () -> ctx.client().viewsOpen(r -> r.triggerId(triggerId)
                    .view(ResolveModal.build(view, lifecycle.outstanding(id), Optional.empty(), Optional.empty(),
                            ctx.config()))));
            return Optional.empty();
        } catch (SlackCalls.SlackFailure e) {
            return Optional.of("I couldn't open the resolve form (Slack said `" + e.error() + "`). Please try again.");
        }
    }
}
