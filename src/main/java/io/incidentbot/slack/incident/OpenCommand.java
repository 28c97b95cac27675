package io.incidentbot.slack.incident;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import io.incidentbot.config.AppConfig;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;

/** {@code /incident open [title]}: opens the modal, prefilled with the title. */
final class OpenCommand implements Subcommand {
    private final AppConfig config;

    OpenCommand(AppConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "open";
    }

    @Override
    public String usage() {
        return "open [title]";
    }

    @Override
    public String summary() {
        return "Open an incident: a short form, then its own channel and card.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        Meta meta = Meta.empty().with(OpenModal.ORIGIN, payload.getChannelId())
                .with(OpenModal.RESPONSE_URL, payload.getResponseUrl());
        try {
            // inside Slack's 3-second window: one attempt, the trigger id expires anyway
            ViewsOpenResponse ignored = SlackCalls.once().call("views.open", () -> context.client().viewsOpen(
                    r -> r.triggerId(payload.getTriggerId()).view(OpenModal.build(Text.unescape(args), config, meta))));
            return context.ack();
        } catch (SlackCalls.SlackFailure e) {
            return Replies.ephemeral(context, "I couldn't open the incident form (Slack said `" + e.error()
                    + "`). Please run `/incident open` again.");
        }
    }
}
