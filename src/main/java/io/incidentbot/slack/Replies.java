package io.incidentbot.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** Ephemeral answers to a slash command: only the person who typed it sees them. */
public final class Replies {
    private Replies() {
    }

    public static Response ephemeral(SlashCommandContext context, String mrkdwn) {
        return context.ack(r -> r.responseType("ephemeral").text(Text.clamp(mrkdwn, Text.MESSAGE)));
    }
}
