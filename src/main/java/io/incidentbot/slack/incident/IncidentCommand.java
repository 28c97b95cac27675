package io.incidentbot.slack.incident;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /incident <subcommand> ...}: routes to a subcommand; help is built from the subcommands themselves. */
public final class IncidentCommand {
    public static final String NAME = "/incident";

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();

    public IncidentCommand(List<Subcommand> subcommands) {
        subcommands.forEach(s -> this.subcommands.put(s.name(), s));
    }

    public Response handle(SlashCommandRequest request, SlashCommandContext context) throws Exception {
        String text = request.getPayload().getText() == null ? "" : request.getPayload().getText().strip();
        int space = text.indexOf(' ');
        String name = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        if (name.isEmpty() || name.equals("help")) {
            return Replies.ephemeral(context, help(""));
        }
        Subcommand subcommand = subcommands.get(name);
        if (subcommand == null) {
            return Replies.ephemeral(context, help("I don't know `" + Text.escape(Text.clamp(name, 40)) + "`. "));
        }
        return subcommand.run(args, request, context);
    }

    String help(String intro) {
        StringBuilder text = new StringBuilder(intro).append("*").append(NAME).append("* subcommands:");
        for (Subcommand s : subcommands.values()) {
            text.append("\n• `").append(NAME).append(' ').append(s.usage()).append("` — ").append(s.summary());
        }
        text.append("\n• `").append(NAME).append(" help` — This list.");
        return text.toString();
    }
}
