package io.incidentbot.slack.lifecycle;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.LifecycleService;
import io.incidentbot.incident.Resolution;
import io.incidentbot.incident.ResolutionField;
import io.incidentbot.incident.ResolutionRules;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolve form submitted: every acceptance check answered (field errors otherwise, everything
 * typed kept), outstanding work acknowledged with a reason, and the version it was opened at still
 * current — if someone changed the incident meanwhile the form comes back with the answers kept.
 */
final class ResolveSubmission {
    private final FeatureContext ctx;
    private final LifecycleService lifecycle;

    ResolveSubmission(FeatureContext ctx, LifecycleService lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
    }

    Response handle(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Meta meta = Meta.decode(payload.getView().getPrivateMetadata());
        IncidentId id = new IncidentId(payload.getTeam().getId(), Integer.parseInt(meta.get(ResolveModal.NUMBER).orElseThrow()));
        int version = Integer.parseInt(meta.get(ResolveModal.VERSION).orElseThrow());
        String actor = payload.getUser().getId();
        Resolution answers = ResolveModal.read(payload.getView().getState());
        List<String> outstanding = lifecycle.outstanding(id);
        Map<ResolutionField, String> problems = ResolutionRules.problems(answers, outstanding);
        if (problems.containsKey(ResolutionField.OVERRIDE_REASON) && !ResolveModal.asksWhy(payload.getView())) {
            return again(context, ctx.view(id), outstanding, answers,
                    "Since this form opened, work has been reported outstanding. Say why resolve anyway, or close this and finish it first.");
        }
        if (!problems.isEmpty()) {
            return context.ackWithErrors(ResolveModal.errors(problems));
        }
        Change change = lifecycle.resolve(id, answers, ctx.groups().actor(actor), version);
        String incident = ctx.replies().id(change.current().incident());
        if (change instanceof Change.Done done) {
            ctx.afterAck().run("announcing the resolution of " + id, () -> announce(done.after(), answers, actor));
            return context.ack();
        }
        if (change instanceof Change.AlreadyDone) {
            return context.ackWithErrors(Map.of(ResolveField.IMPACT.blockId, incident
                    + " was resolved by someone else meanwhile (see /incident timeline). Nothing was saved; close this form."));
        }
        if (change instanceof Change.Denied) {
            return context.ackWithErrors(Map.of(ResolveField.IMPACT.blockId, "Only " + incident
                    + "'s owner, its comms owner or an incident admin can resolve it. Nothing was saved."));
        }
        if (change instanceof Change.Blocked blocked) {
            return again(context, blocked.current(), blocked.outstanding(), answers,
                    "Work is outstanding: say why resolve anyway, or close this and finish it first.");
        }
        IncidentView now = change.current();
        return again(context, now, outstanding, answers, incident + " changed while you were typing: it is now "
                + ctx.config().statusLabel(now.incident().status()) + ", " + now.incident().severity()
                + ". Check your answers and press Resolve again.");
    }

    /** The form again, answers kept, drawn at the incident's current version, with a note on why. */
    private Response again(ViewSubmissionContext context, IncidentView view, List<String> outstanding,
                           Resolution answers, String notice) {
        return context.ackWithUpdate(ResolveModal.build(view, outstanding, Optional.of(answers), Optional.of(notice),
                ctx.config()));
    }

    private void announce(IncidentView view, Resolution answers, String actor) {
        Incident incident = view.incident();
        ctx.cards().refresh(incident.id());
        StringBuilder text = new StringBuilder("✅ " + Format.user(actor) + " resolved *" + ctx.replies().id(incident) + "*.");
        if (incident.detailsAllowedIn(incident.homeChannel())) {
            text.append("\n*Impact:* ").append(Text.escape(answers.impact()))
                    .append("\n*Root-cause hypothesis:* ").append(Text.escape(answers.rootCause()))
                    .append("\n*Owner:* ").append(Format.user(answers.owner()))
                    .append("\n*Remediation:* ").append(Text.escape(answers.remediation()))
                    .append("\n*Prevention:* ").append(Text.escape(answers.prevention()));
            answers.overrideReason().ifPresent(why -> text.append("\n*Resolved with work outstanding, because:* ")
                    .append(Text.escape(why)));
        }
        text.append("\nPost-incident review reminder: ")
                .append(Format.when(ctx.clock().instant().plus(ctx.config().lifecycle().reviewAfter()))).append('.');
        ctx.messages().post(incident.homeChannel(), text.toString());
    }
}
