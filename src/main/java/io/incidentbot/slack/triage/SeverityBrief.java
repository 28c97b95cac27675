package io.incidentbot.slack.triage;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.Role;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.severity.Recipients;
import io.incidentbot.severity.Severity;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.SlackCalls.SlackFailure;
import io.incidentbot.slack.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When an incident gets a severity, the escalation matrix's owners for that level (and whoever holds
 * each role) are mentioned in its channel with what is expected of them and by when; the users are
 * invited so the mention reaches them. No title: it may be posted outside a private channel.
 */
final class SeverityBrief {
    private static final Logger log = LoggerFactory.getLogger(SeverityBrief.class);
    static final int INSTRUCTIONS_MAX = 600;

    private final FeatureContext ctx;

    SeverityBrief(FeatureContext ctx) {
        this.ctx = ctx;
    }

    /** Whether the matrix names anyone for this level (at opening the brief is posted only then). */
    boolean namesOwners(String severity) {
        return !ctx.config().severities().lookup(severity).owners().isEmpty();
    }

    /**
     * @param previous the level before, when it changed
     * @param why      the triage's explanation, when there was one
     */
    void post(IncidentView view, Optional<String> previous, Optional<String> setBy, Optional<String> why,
              Instant respondBy) {
        Incident incident = view.incident();
        Severity level = ctx.config().severities().lookup(incident.severity());
        Map<String, Recipients> owners = ctx.config().matrix().owners(incident.severity(),
                ctx.config().roles().stream().map(Role::id).toList(), Escalations.holders(view));
        incident.channelId().ifPresent(channel -> owners.values().stream().flatMap(r -> r.users().stream()).distinct()
                .forEach(user -> ctx.messages().invite(channel, user)));
        String id = ctx.replies().id(incident);
        StringBuilder head = new StringBuilder("*" + id + " is " + Text.escape(level.title()) + "*");
        previous.ifPresent(p -> head.append(" (was ").append(Text.escape(p)).append(")"));
        setBy.ifPresent(u -> head.append(" · set by ").append(Format.user(u)));
        why.ifPresent(w -> head.append("\n_").append(Text.escape(w)).append('_'));
        head.append("\nRespond by ").append(Format.when(respondBy)).append(" (within ")
                .append(Format.age(level.responseTarget())).append(")");
        level.updateCadence().ifPresent(c -> head.append(" · customer updates every ").append(Format.age(c)));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Text.clamp(head.toString(), Text.SECTION)))));
        if (!owners.containsKey(RoleAssignment.OWNER)) {
            blocks.add(section(s -> s.text(markdownText("*" + Text.escape(ctx.config().roleLabel(RoleAssignment.OWNER))
                    + "* nobody yet: take it with the picker on the card, or `/incident assign @person`."))));
        }
        owners.forEach((role, recipients) -> blocks.add(section(s -> s.text(markdownText(Text.clamp(
                line(role, recipients), Text.SECTION))))));
        String fallback = id + " is " + level.title() + ": respond by " + Format.when(respondBy);
        try {
            ctx.calls().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                    .channel(incident.homeChannel()).text(Text.clamp(fallback, Text.MESSAGE))
                    .blocks(blocks.subList(0, Math.min(blocks.size(), 50)))));
        } catch (SlackFailure e) {
            log.warn("severity brief of {} not posted: {}", incident.id(), e.error());
        }
    }

    private String line(String role, Recipients recipients) {
        List<String> mentions = new ArrayList<>();
        recipients.users().forEach(u -> mentions.add(Format.user(u)));
        recipients.groups().forEach(g -> mentions.add(Format.group(g)));
        String instructions = ctx.config().role(role).map(Role::instructions).orElse("");
        return "*" + Text.escape(ctx.config().roleLabel(role)) + "* " + String.join(" ", mentions)
                + (instructions.isBlank() ? "" : "\n>" + Text.escape(Text.clamp(instructions, INSTRUCTIONS_MAX)));
    }

}
