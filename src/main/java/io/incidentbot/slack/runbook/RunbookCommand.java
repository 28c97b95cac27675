package io.incidentbot.slack.runbook;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.runbook.AttachOutcome;
import io.incidentbot.runbook.Checklist;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.runbook.Runbook;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /incident runbook [INC-7] [name]}: adds a runbook's checklist; without a name, lists the runbooks. */
final class RunbookCommand implements Subcommand {
    private final IncidentLocator locator;
    private final ChecklistService checklists;
    private final ChecklistMessages messages;
    private final AfterAck afterAck;
    private final AppConfig config;

    RunbookCommand(IncidentLocator locator, ChecklistService checklists, ChecklistMessages messages, AfterAck afterAck,
                   AppConfig config) {
        this.locator = locator;
        this.checklists = checklists;
        this.messages = messages;
        this.afterAck = afterAck;
        this.config = config;
    }

    @Override
    public String name() {
        return "runbook";
    }

    @Override
    public String usage() {
        return "runbook [INC-7] [name]";
    }

    @Override
    public String summary() {
        return "Add a runbook's checklist to the incident; without a name, list the runbooks.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        Optional<IncidentLocator.Target> target = locator.locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound(usage()));
        }
        Incident incident = target.get().incident();
        String name = Text.unescape(target.get().args());
        if (name.isEmpty()) {
            return Replies.ephemeral(context, list(incident));
        }
        Optional<Runbook> runbook = config.runbooks().lookup(name);
        if (runbook.isEmpty()) {
            return Replies.ephemeral(context, "I don't know the runbook `" + Text.escape(Text.clamp(name, 60)) + "`. "
                    + list(incident));
        }
        String id = incident.id().display(config.incident().idPrefix());
        String title = Text.escape(runbook.get().title());
        String where = Format.channel(incident.homeChannel());
        AttachOutcome outcome = checklists.attach(incident.id(), runbook.get(), payload.getUserId());
        return switch (outcome) {
            case ATTACHED -> {
                afterAck.run("checklist of " + incident.id(), () -> messages.sync(incident.id()));
                yield Replies.ephemeral(context, "Added the *" + title + "* checklist (" + runbook.get().items().size()
                        + " items) to " + id + "; it is posted in " + where + ".");
            }
            case ALREADY_ATTACHED -> Replies.ephemeral(context, id + " already has the *" + title
                    + "* checklist, in " + where + ".");
            case INCIDENT_RESOLVED -> Replies.ephemeral(context, id + " is resolved; reopen it to change its checklist.");
            case NO_SUCH_INCIDENT -> Replies.ephemeral(context, IncidentLocator.notFound(usage()));
        };
    }

    private String list(Incident incident) {
        Set<String> attached = checklists.checklists(incident.id()).stream().map(Checklist::runbookId)
                .collect(Collectors.toSet());
        StringBuilder text = new StringBuilder("*Runbooks* for " + incident.id().display(config.incident().idPrefix())
                + ":");
        for (Runbook runbook : config.runbooks().runbooks()) {
            text.append("\n• ").append(attached.contains(runbook.id()) ? "✅ " : "")
                    .append("*").append(Text.escape(runbook.title())).append("* (")
                    .append(runbook.items().size()).append(" items) — ")
                    .append(attached.contains(runbook.id()) ? "attached" : "`/incident runbook " + runbook.id() + "`");
        }
        if (config.runbooks().runbooks().isEmpty()) {
            text.append("\nNone are configured (`runbooks:` in the config).");
        }
        return text.toString();
    }
}
