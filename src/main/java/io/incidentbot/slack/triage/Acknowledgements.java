package io.incidentbot.slack.triage;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.Escalations;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.SlackCalls.SlackFailure;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Someone is on it": meets the response target and stops any escalation. */
final class Acknowledgements {
    private static final Logger log = LoggerFactory.getLogger(Acknowledgements.class);

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
                try {
                    ctx.calls().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                            .channel(done.after().incident().homeChannel())
                            .text(Format.user(actorId) + " acknowledged *" + incident + "*: the response target is met.")));
                } catch (SlackFailure e) {
                    log.warn("acknowledgement of {} not announced: {}", id, e.error());
                }
            });
            return Optional.empty();
        }
        if (change instanceof Change.AlreadyDone) {
            return quietRepeat ? Optional.empty() : Optional.of(incident + " is not waiting for a response.");
        }
        return Optional.of(ctx.replies().denied(change.current(), "acknowledge it"));
    }
}
