package io.incidentbot.slack;

import com.slack.api.methods.MethodsClient;
import io.incidentbot.slack.SlackCalls.SlackFailure;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Best-effort posts and invitations made after the ack: retried by {@link SlackCalls}, and when Slack
 * still refuses, logged (without the text) rather than failing the work they are part of.
 */
public final class ChannelMessages {
    private static final Logger log = LoggerFactory.getLogger(ChannelMessages.class);

    private final MethodsClient client;
    private final SlackCalls calls;

    public ChannelMessages(MethodsClient client, SlackCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    /** Posts mrkdwn text (clamped) in a channel, or to a user's DM with the app when given a user id. */
    public void post(String channel, String mrkdwn) {
        try {
            calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                    .text(Text.clamp(mrkdwn, Text.MESSAGE))));
        } catch (SlackFailure e) {
            log.warn("could not post in {}: {}", channel, e.error());
        }
    }

    /** Adds someone to a channel; someone already there is fine. */
    public void invite(String channel, String user) {
        try {
            calls.call("conversations.invite", () -> client.conversationsInvite(r -> r.channel(channel).users(List.of(user))));
        } catch (SlackFailure e) {
            if (!"already_in_channel".equals(e.error())) {
                log.warn("could not invite someone to {}: {}", channel, e.error());
            }
        }
    }
}
