package io.incidentbot.slack;

import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error middleware: a handler that throws never shows Slack's generic failure or a stack trace.
 * The user gets a short reference to quote; the log gets the exception (never the payload).
 */
public final class Handlers {
    private static final Logger log = LoggerFactory.getLogger(Handlers.class);

    private Handlers() {
    }

    /** Handlers may throw anything; these wrappers turn it into a message for the user. */
    @FunctionalInterface
    public interface Handler<Q, C> {
        Response apply(Q request, C context) throws Exception;
    }

    public static SlashCommandHandler command(Handler<SlashCommandRequest, SlashCommandContext> handler) {
        return (request, context) -> {
            try {
                return handler.apply(request, context);
            } catch (Exception e) {
                return Replies.ephemeral(context, "Something went wrong on our side (ref `" + logged(e)
                        + "`). Please try again; if it keeps happening, give that reference to whoever runs the bot.");
            }
        };
    }

    /** On failure the modal stays open, everything typed intact, with the error shown on {@code blockId}. */
    public static ViewSubmissionHandler submission(String blockId,
                                                   Handler<ViewSubmissionRequest, ViewSubmissionContext> handler) {
        return (request, context) -> {
            try {
                return handler.apply(request, context);
            } catch (Exception e) {
                return context.ackWithErrors(Map.of(blockId, "Something went wrong on our side (ref " + logged(e)
                        + "). Your input is still here: press the button again."));
            }
        };
    }

    public static BlockActionHandler action(Handler<BlockActionRequest, ActionContext> handler) {
        return (request, context) -> {
            try {
                return handler.apply(request, context);
            } catch (Exception e) {
                String ref = logged(e);
                var payload = request.getPayload();
                if (payload.getResponseUrl() != null) {
                    context.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                            .text("Something went wrong on our side (ref `" + ref + "`). Please try again."));
                }
                return context.ack();
            }
        };
    }

    private static String logged(Exception e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("handler failed (ref {}): {}", ref, e.getClass().getName(), e);
        return ref;
    }
}
