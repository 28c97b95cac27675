package io.incidentbot.slack.triage;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.Escalations;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import java.util.Optional;

/** "Someone is on it": meets the response target and stops any escalation. */
final class Acknowledgements {
    private final FeatureContext ctx;
    private final Escalations escalations;

    Acknowledgements(FeatureContext ctx, Escalations escalations) {
        this.ctx = ctx;
        this.escalations = escalations;
    }

    /** Acknowledges; returns what to tell the person, if anything. A repeat says nothing when {@code quietRepeat}. */
    Optional<String> acknowledge(IncidentId id, String actorId, boolean quietRepeat) {
        Change change = escalations.acknowledge(id, ctx.groups().actor(actorId));
        String incident = ctx.replies().id(change.current().incident());
        if (change instanceof Change.Done done) {
            ctx.afterAck().run("announcing an acknowledgement of " + id, () -> {
                ctx.cards().refresh(id);
                ctx.messages().post(done.after().incident().homeChannel(),
                        Format.user(actorId) + " acknowledged *" + incident + "*: the response target is met.");
            });
            return Optional.empty();
        }
        if (change instanceof Change.AlreadyDone) {
            return quietRepeat ? Optional.empty() : Optional.of(incident + " is not waiting for a response.");
        }
        return Optional.of(ctx.replies().denied(change.current(), "acknowledge it"));
    }
}
