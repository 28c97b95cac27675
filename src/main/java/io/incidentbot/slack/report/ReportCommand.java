package io.incidentbot.slack.report;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.incident.Incident;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.Optional;

/** {@code /incident report [INC-n]}: the redacted support report, posted in the incident's channel as Markdown. */
final class ReportCommand implements Subcommand {
    private final IncidentLocator locator;
    private final ReportUpload upload;
    private final AfterAck afterAck;
    private final String idPrefix;

    ReportCommand(IncidentLocator locator, ReportUpload upload, AfterAck afterAck, String idPrefix) {
        this.locator = locator;
        this.idPrefix = idPrefix;
        this.upload = upload;
        this.afterAck = afterAck;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "report [INC-n]";
    }

    @Override
    public String summary() {
        return "Post a support report another operator can triage from, secrets removed (Markdown file).";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        var target = locator.locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound(usage()));
        }
        Incident incident = target.get().incident();
        if (incident.privacySensitive() && incident.channelId().isEmpty()) {
            return Replies.ephemeral(context, "This incident is privacy-sensitive and has no private channel, so its "
                    + "report is not posted in Slack. Run `java -jar incident-bot.jar export "
                    + Text.escape(incident.id().display(idPrefix)) + "` where the bot runs instead.");
        }
        afterAck.run("posting the report of " + incident.id(), () -> upload.post(incident.id(), incident.homeChannel(),
                payload.getUserId(), payload.getChannelId(), Optional.ofNullable(payload.getResponseUrl())));
        if (incident.homeChannel().equals(payload.getChannelId())) {
            return context.ack();
        }
        return Replies.ephemeral(context, "Posting the support report in " + Format.channel(incident.homeChannel()) + ".");
    }
}
