package io.incidentbot.slack.incident;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** {@code /incident list}: the workspace's open incidents, newest first. */
final class ListCommand implements Subcommand {
    private final IncidentService incidents;
    private final AppConfig config;
    private final Clock clock;

    ListCommand(IncidentService incidents, AppConfig config, Clock clock) {
        this.incidents = incidents;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String usage() {
        return "list";
    }

    @Override
    public String summary() {
        return "Open incidents: id, title, severity, owner, age.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        List<IncidentView> open = incidents.listOpen(request.getPayload().getTeamId());
        if (open.isEmpty()) {
            return Replies.ephemeral(context, "No open incidents. Open one with `/incident open <title>`.");
        }
        StringBuilder text = new StringBuilder("*Open incidents (" + open.size()
                + (open.size() == IncidentService.LIST_LIMIT ? ", newest shown" : "") + ")*");
        for (IncidentView view : open) {
            text.append('\n').append(line(view));
        }
        return Replies.ephemeral(context, text.toString());
    }

    private String line(IncidentView view) {
        Incident incident = view.incident();
        String id = incident.id().display(config.incident().idPrefix());
        String where = incident.channelId().map(Format::channel).orElse("");
        String title = incident.privacySensitive() ? "🔒 private incident" : Text.escape(Text.clamp(incident.title(), 80));
        String owner = view.holder(RoleAssignment.OWNER).map(Format::user).orElse("unassigned");
        String age = Format.age(Duration.between(incident.openedAt(), clock.instant()));
        return "• *" + id + "* " + incident.severity() + " · " + title + " · owner: " + owner + " · " + age
                + (where.isEmpty() ? "" : " · " + where);
    }
}
