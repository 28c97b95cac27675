package io.incidentbot.slack;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells one person something only they should see. The slash command's response URL works in any
 * channel, even ones the bot is not in; chat.postEphemeral is the fallback.
 */
public final class Notices {
    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final Slack slack;
    private final MethodsClient client;
    private final SlackCalls calls;

    public Notices(Slack slack, MethodsClient client, SlackCalls calls) {
        this.slack = slack;
        this.client = client;
        this.calls = calls;
    }

    public void ephemeral(String channelId, String userId, Optional<String> responseUrl, String mrkdwn) {
        String text = Text.clamp(mrkdwn, Text.MESSAGE);
        if (responseUrl.isPresent() && viaResponseUrl(responseUrl.get(), text)) {
            return;
        }
        try {
            calls.call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r.channel(channelId).user(userId).text(text)));
        } catch (SlackCalls.SlackFailure e) {
            log.warn("could not tell a user something ephemerally in {}: {}", channelId, e.error());
        }
    }

    private boolean viaResponseUrl(String url, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("response_type", "ephemeral");
        body.addProperty("replace_original", false);
        body.addProperty("text", text);
        try {
            WebhookResponse response = slack.send(url, body.toString());
            return response.getCode() == 200;
        } catch (IOException | RuntimeException e) {
            log.warn("response URL unusable ({}); falling back to chat.postEphemeral", e.getClass().getSimpleName());
            return false;
        }
    }
}
