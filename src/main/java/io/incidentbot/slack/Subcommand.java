package io.incidentbot.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** One {@code /incident <name> ...} subcommand. Its name, usage and summary make the help text. */
public interface Subcommand {
    String name();

    /** e.g. "open [title]" */
    String usage();

    /** One line: what it does. */
    String summary();

    Response run(String args, SlashCommandRequest request, SlashCommandContext context) throws Exception;
}
