package io.incidentbot.slack.triage;

import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.Incident;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.schedule.Timer;
import io.incidentbot.severity.Recipients;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;

/** What a missed response target does: remind the owner, then each escalation step notifies its people. */
final class ResponseReminders {
    private final FeatureContext ctx;
    private final Escalations escalations;

    ResponseReminders(FeatureContext ctx, Escalations escalations) {
        this.ctx = ctx;
        this.escalations = escalations;
    }

    void responseMissed(Timer timer) {
        escalations.responseMissed(timer).ifPresent(missed -> {
            Incident incident = missed.incident().incident();
            String id = ctx.replies().id(incident);
            String target = Text.escape(missed.severity().id()) + " target: " + Format.age(missed.severity().responseTarget());
            String text = missed.incident().holder(RoleAssignment.OWNER)
                    .map(owner -> "⏰ " + Format.user(owner) + ": *" + id + "* missed its response target (" + target
                            + "). Acknowledge on the card or with `/incident ack` once someone is on it.")
                    .orElse("⏰ *" + id + "* missed its response target (" + target + ") and nobody owns it: take the "
                            + "owner role with the picker on the card, then acknowledge.");
            if (missed.severity().step(0).isPresent()) {
                text += " It escalates in " + Format.age(missed.severity().step(0).get().after()) + ".";
            }
            ctx.messages().post(incident.homeChannel(), text);
            ctx.cards().refresh(incident.id());
        });
    }

    void escalate(Timer timer) {
        escalations.escalate(timer).ifPresent(escalation -> {
            Incident incident = escalation.incident().incident();
            Recipients recipients = escalation.recipients();
            incident.channelId().ifPresent(channel -> recipients.users().forEach(user -> ctx.messages().invite(channel, user)));
            List<String> mentions = new ArrayList<>();
            recipients.users().forEach(u -> mentions.add(Format.user(u)));
            recipients.groups().forEach(g -> mentions.add(Format.group(g)));
            String id = ctx.replies().id(incident);
            String text = mentions.isEmpty()
                    ? "🚨 *" + id + "* still has no response, and its escalation route (" + Text.escape(escalation.severity().id())
                    + ", step " + (escalation.step() + 1) + ") names nobody who can be reached: set `permissions.admins` "
                    + "or the severity's `escalation` in the config."
                    : "🚨 Escalating *" + id + "* (" + Text.escape(escalation.severity().title()) + "): nobody has "
                    + "acknowledged it. " + String.join(" ", mentions) + ", please step in.";
            ctx.messages().post(incident.homeChannel(), text);
        });
    }

}
