package io.incidentbot.slack.evidence;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import io.incidentbot.incident.Incident;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentLocator;

/** {@code /incident evidence} and {@code /incident rollback}: open a record's modal for the incident meant. */
final class RecordCommand implements Subcommand {
    /** Opens the modal; throws {@link SlackCalls.SlackFailure} when Slack refuses. */
    @FunctionalInterface
    interface Opener {
        void open(MethodsClient client, String triggerId, Incident incident);
    }

    private final String name;
    private final String summary;
    private final String what;
    private final IncidentLocator locator;
    private final Opener opener;

    RecordCommand(String name, String summary, String what, IncidentLocator locator, Opener opener) {
        this.name = name;
        this.summary = summary;
        this.what = what;
        this.locator = locator;
        this.opener = opener;
    }

    static RecordCommand evidence(IncidentLocator locator, RecordModals modals) {
        return new RecordCommand("evidence", "Add evidence: exact time, versions, steps, diagnostics, category. "
                + "Shown and exported redacted.", "evidence form", locator, modals::openEvidence);
    }

    static RecordCommand rollback(IncidentLocator locator, RecordModals modals) {
        return new RecordCommand("rollback", "The rollback record: release, update date, backup, restore owner, "
                + "diagnostics, caveats, decision.", "rollback record", locator, modals::openRollback);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return name + " [INC-n]";
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        var target = locator.locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound(usage()));
        }
        try {
            opener.open(context.client(), payload.getTriggerId(), target.get().incident());
            return context.ack();
        } catch (SlackCalls.SlackFailure e) {
            return Replies.ephemeral(context, "I couldn't open the " + what + " (Slack said `" + e.error()
                    + "`). Please run `/incident " + name + "` again.");
        }
    }
}
