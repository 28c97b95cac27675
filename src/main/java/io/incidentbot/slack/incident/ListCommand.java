package io.incidentbot.slack.incident;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentFilter;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.Status;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code /incident list [filters]}: the workspace's incidents, newest first; open ones by default. */
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
        return "list [mine] [open|all|resolved|<state>] [<severity>…]";
    }

    @Override
    public String summary() {
        return "Incidents, newest first (open ones unless you say otherwise): id, severity, state, title, owner, age.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        IncidentFilter.Parsed parsed = IncidentFilter.parse(Text.unescape(args), payload.getUserId(),
                config.severities(), config.lifecycle());
        if (parsed.filter().isEmpty()) {
            return Replies.ephemeral(context, "I don't know the filter `" + Text.escape(Text.clamp(
                    parsed.unknownWord().orElse(""), 40)) + "`. " + filters());
        }
        IncidentFilter filter = parsed.filter().get();
        List<IncidentView> found = incidents.list(payload.getTeamId(), filter);
        String heading = heading(filter);
        if (found.isEmpty()) {
            return Replies.ephemeral(context, "No " + heading.substring(0, 1).toLowerCase(Locale.ROOT)
                    + heading.substring(1) + ". Open one with `/incident open <title>`.");
        }
        StringBuilder text = new StringBuilder("*" + heading + " (" + found.size()
                + (found.size() == IncidentService.LIST_LIMIT ? ", newest shown" : "") + ")*");
        for (IncidentView view : found) {
            text.append('\n').append(line(view));
        }
        return Replies.ephemeral(context, text.toString());
    }

    private String heading(IncidentFilter filter) {
        String states = filter.statuses().isEmpty() ? "All"
                : filter.statuses().equals(IncidentFilter.OPEN) ? "Open"
                : String.join(" or ", filter.statuses().stream().sorted().map(config::statusLabel).toList());
        return states + " incidents" + (filter.involving().isPresent() ? " involving you" : "")
                + (filter.severities().isEmpty() ? "" : " at " + String.join(" or ", filter.severities().stream().sorted().toList()));
    }

    private String filters() {
        return "Filters: `mine` (you opened it or hold a role), `open` (the default), `all`, a state ("
                + String.join(", ", java.util.Arrays.stream(Status.values()).map(s -> "`" + s.key() + "`").toList())
                + "), a severity (" + String.join(", ", config.severities().levels().stream()
                        .map(s -> "`" + s.id().toLowerCase(Locale.ROOT) + "`").toList())
                + "). Combine them: `/incident list mine sev1`.";
    }

    private String line(IncidentView view) {
        Incident incident = view.incident();
        String id = incident.id().display(config.incident().idPrefix());
        String where = incident.channelId().map(Format::channel).orElse("");
        String title = incident.privacySensitive() ? "🔒 private incident" : Text.escape(Text.clamp(incident.title(), 80));
        String owner = view.holder(RoleAssignment.OWNER).map(Format::user).orElse("unassigned");
        String age = Format.age(Duration.between(incident.openedAt(), clock.instant()));
        return "• *" + id + "* " + incident.severity() + " · " + Text.escape(config.statusLabel(incident.status()))
                + " · " + title + " · owner: " + owner + " · " + age
                + (where.isEmpty() ? "" : " · " + where);
    }
}
