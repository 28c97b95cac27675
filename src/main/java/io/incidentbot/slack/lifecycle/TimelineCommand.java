package io.incidentbot.slack.lifecycle;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import io.incidentbot.audit.AuditEvent;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.severity.SlackIds;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /incident timeline}: every audit event in order — who, when, what, before → after — only to
 * the person who asked. A privacy-sensitive incident's timeline is shown only in its own channel.
 */
final class TimelineCommand implements Subcommand {
    /** A message holds 50 blocks: one for the heading, one for "more not shown". */
    static final int SECTIONS = 48;
    private static final int VALUE_MAX = 600;

    private final FeatureContext ctx;

    TimelineCommand(FeatureContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String usage() {
        return "timeline";
    }

    @Override
    public String summary() {
        return "Every event of the incident, in order: who, when, what, before → after (only you see it).";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        Optional<IncidentLocator.Target> target = ctx.locator().locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound("timeline INC-7"));
        }
        Incident incident = target.get().incident();
        String id = ctx.replies().id(incident);
        if (!incident.detailsAllowedIn(payload.getChannelId())) {
            IncidentView view = ctx.view(incident.id());
            boolean involved = view.roles().stream().anyMatch(r -> r.userId().equals(payload.getUserId()));
            if (incident.channelId().isPresent() || !involved) {
                return Replies.ephemeral(context, id + " is privacy-sensitive: its timeline is shown only "
                        + incident.channelId().map(c -> "in " + Format.channel(c)).orElse("to the people holding its roles") + ".");
            }
        }
        List<LayoutBlock> blocks = blocks(id, ctx.incidentService().timeline(incident.id()));
        return context.ack(r -> r.responseType("ephemeral").text("Timeline of " + id).blocks(blocks));
    }

    static List<LayoutBlock> blocks(String id, List<AuditEvent> events) {
        List<String> sections = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int shown = 0;
        for (AuditEvent event : events) {
            String line = Text.clamp(line(event), Text.SECTION / 2);
            if (chunk.length() + line.length() + 1 > Text.SECTION) {
                sections.add(chunk.toString());
                chunk.setLength(0);
            }
            if (sections.size() == SECTIONS) {
                break;
            }
            chunk.append(chunk.length() == 0 ? "" : "\n").append(line);
            shown++;
        }
        if (chunk.length() > 0) {
            sections.add(chunk.toString());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText("*Timeline of " + id + "* · " + events.size() + " event"
                + (events.size() == 1 ? "" : "s") + ", oldest first")))));
        sections.forEach(text -> blocks.add(section(s -> s.text(markdownText(text)))));
        if (shown < events.size()) {
            int more = events.size() - shown;
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + more + " later events not shown here.")))));
        }
        return blocks;
    }

    /** "`3` · Nov 21 at 14:02 · @alice *assigned Owner*: _unassigned_ → @bob". */
    static String line(AuditEvent event) {
        StringBuilder line = new StringBuilder("`").append(event.seq()).append("` ").append(Format.when(event.at()))
                .append(" · ").append(who(event.actor())).append(" *").append(Text.escape(event.action())).append('*');
        if (event.before() != null || event.after() != null) {
            line.append(": ").append(value(event.before())).append(" → ").append(value(event.after()));
        }
        return line.toString();
    }

    private static String who(String actor) {
        return SlackIds.isUser(actor) ? Format.user(actor) : Text.escape(actor);
    }

    private static String value(String value) {
        if (value == null || value.isBlank()) {
            return "_none_";
        }
        if (SlackIds.isUser(value)) {
            return Format.user(value);
        }
        return Text.escape(Text.clamp(value.replace("\n", " · "), VALUE_MAX));
    }
}
