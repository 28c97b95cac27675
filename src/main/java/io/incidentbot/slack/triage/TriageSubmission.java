package io.incidentbot.slack.triage;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.TriageDecision;
import io.incidentbot.incident.TriageService;
import io.incidentbot.severity.Severity;
import io.incidentbot.severity.Suggestion;
import io.incidentbot.severity.TriageAnswers;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.Map;
import java.util.Optional;

/**
 * Step one submitted: the policy suggests a level and the form turns to the decision. Step two
 * submitted: the level is set (an override needs its reason), at the version the form was drawn at.
 */
final class TriageSubmission {
    private final FeatureContext ctx;
    private final TriageService triage;
    private final Escalations escalations;
    private final SeverityBrief brief;

    TriageSubmission(FeatureContext ctx, TriageService triage, Escalations escalations, SeverityBrief brief) {
        this.ctx = ctx;
        this.triage = triage;
        this.escalations = escalations;
        this.brief = brief;
    }

    Response criteria(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Optional<TriageAnswers> answers = TriageModal.answers(payload.getView().getState());
        if (answers.isEmpty()) {
            return context.ackWithErrors(Map.of(TriageField.IMPACT.blockId, "How much of production is affected?"));
        }
        IncidentView view = ctx.view(incident(payload.getTeam().getId(), payload.getView().getPrivateMetadata()));
        Suggestion suggestion = ctx.config().triage().suggest(answers.get());
        return context.ackWithUpdate(TriageModal.decision(view, answers.get(), suggestion, Optional.empty(), ctx.config()));
    }

    Response decision(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Meta meta = Meta.decode(payload.getView().getPrivateMetadata());
        IncidentId id = incident(payload.getTeam().getId(), payload.getView().getPrivateMetadata());
        int version = Integer.parseInt(meta.get(TriageModal.VERSION).orElseThrow());
        TriageAnswers answers = TriageModal.decode(meta).orElseThrow();
        Suggestion suggestion = ctx.config().triage().suggest(answers);
        Optional<Severity> level = TriageModal.level(payload.getView().getState()).flatMap(ctx.config().severities()::find);
        if (level.isEmpty()) {
            return context.ackWithErrors(Map.of(TriageField.LEVEL.blockId, "Choose a severity."));
        }
        String reason = TriageModal.overrideReason(payload.getView().getState()).strip();
        if (!level.get().id().equalsIgnoreCase(suggestion.level()) && reason.isEmpty()) {
            return context.ackWithErrors(Map.of(TriageField.OVERRIDE_REASON.blockId, "You chose " + level.get().id()
                    + " over the suggested " + suggestion.level() + ": say why (it goes in the timeline)."));
        }
        String actor = payload.getUser().getId();
        Change change = triage.triage(id, new TriageDecision(answers, suggestion, level.get().id(), Optional.of(reason)),
                ctx.groups().actor(actor), version);
        if (change instanceof Change.Done done) {
            ctx.afterAck().run("announcing the triage of " + id, () -> announce(done, actor, suggestion));
            return context.ack();
        }
        String incident = ctx.replies().id(change.current().incident());
        if (change instanceof Change.Denied) {
            return context.ackWithErrors(Map.of(TriageField.LEVEL.blockId, "Only " + incident
                    + "'s owner, its comms owner or an incident admin can change its severity. Nothing changed."));
        }
        Incident now = change.current().incident();
        return context.ackWithUpdate(TriageModal.decision(change.current(), answers, suggestion, Optional.of(incident
                + " changed while you were triaging: it is now " + now.severity() + ", "
                + ctx.config().statusLabel(now.status()) + ". Check and press Set severity again."), ctx.config()));
    }

    private void announce(Change.Done done, String actor, Suggestion suggestion) {
        Incident before = done.before().incident();
        Incident after = done.after().incident();
        IncidentView view = done.after();
        if (after.privacySensitive() && !before.privacySensitive() && after.channelId().isPresent()) {
            Incident moved = ctx.incidents().moveToPrivateChannel(after);
            view = ctx.view(moved.id());
        } else {
            ctx.cards().refresh(after.id());
            if (after.privacySensitive() && !before.privacySensitive()) {
                ctx.incidents().reannounce(after);
            }
        }
        Incident incident = view.incident();
        if (!before.severity().equals(after.severity())) {
            brief.post(view, Optional.of(before.severity()), Optional.of(actor), Optional.of(suggestion.explanation()),
                    escalations.respondBy(after.id()).orElse(ctx.clock().instant()));
            return;
        }
        String text = Format.user(actor) + " confirmed *" + Text.escape(after.severity()) + "* for *"
                + ctx.replies().id(after) + "* (suggested " + Text.escape(suggestion.explanation()) + ").";
        ctx.messages().post(incident.homeChannel(), text);
    }

    private static IncidentId incident(String team, String metadata) {
        return new IncidentId(team, Integer.parseInt(Meta.decode(metadata).get(TriageModal.NUMBER).orElseThrow()));
    }
}
