package io.incidentbot.slack.comms;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.comms.CustomerUpdate;
import io.incidentbot.comms.CustomerUpdates;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /incident update}: a customer-update draft now; {@code /incident update channel #c}: where updates go. */
final class UpdateCommand implements Subcommand {
    private static final Pattern CHANNEL = Pattern.compile("^channel\\s+(?:<#([CG][A-Z0-9]+)(?:\\|[^>]*)?>|([CG][A-Z0-9]+))\\s*$");

    private final FeatureContext ctx;
    private final CustomerUpdates updates;
    private final CommsFeature feature;

    UpdateCommand(FeatureContext ctx, CustomerUpdates updates, CommsFeature feature) {
        this.ctx = ctx;
        this.updates = updates;
        this.feature = feature;
    }

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String usage() {
        return "update [channel #customer-channel]";
    }

    @Override
    public String summary() {
        return "Draft a customer update now (redacted; Edit, Publish, Skip), or set where this incident's updates go.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        Optional<IncidentLocator.Target> target = ctx.locator().locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound("update INC-7"));
        }
        Incident incident = target.get().incident();
        IncidentView view = ctx.view(incident.id());
        String rest = target.get().args().strip();
        String id = ctx.replies().id(incident);
        if (rest.startsWith("channel")) {
            Matcher m = CHANNEL.matcher(rest);
            if (!m.matches()) {
                return Replies.ephemeral(context, "Which channel? `/incident update channel #customer-updates`.");
            }
            String channel = m.group(1) != null ? m.group(1) : m.group(2);
            if (!updates.setChannel(view, channel, ctx.groups().actor(payload.getUserId()))) {
                return Replies.ephemeral(context, ctx.replies().denied(view, "choose where its customer updates go"));
            }
            return Replies.ephemeral(context, id + "'s customer updates now go to " + Format.channel(channel) + ".");
        }
        if (!rest.isEmpty()) {
            return Replies.ephemeral(context, "Usage: `/incident " + usage() + "`.");
        }
        CustomerUpdate draft = updates.draftNow(view, ctx.groups().actor(payload.getUserId()));
        ctx.afterAck().run("posting a customer update draft", () -> feature.post(draft));
        return payload.getChannelId().equals(incident.homeChannel()) ? context.ack()
                : Replies.ephemeral(context, "Drafted: see " + id + "'s channel.");
    }
}
