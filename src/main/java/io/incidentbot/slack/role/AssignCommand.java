package io.incidentbot.slack.role;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.role.Role;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.slack.FeatureContext;
import io.incidentbot.slack.Replies;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.Text;
import io.incidentbot.slack.incident.IncidentLocator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /incident assign @person [role]}: the owner unless another role is named. */
final class AssignCommand implements Subcommand {
    /** Slack escapes mentions in command text (manifest: should_escape) as {@code <@U123|name>}. */
    private static final Pattern MENTION = Pattern.compile("^<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>\\s*");

    private final FeatureContext ctx;
    private final Assignments assignments;

    AssignCommand(FeatureContext ctx, Assignments assignments) {
        this.ctx = ctx;
        this.assignments = assignments;
    }

    @Override
    public String name() {
        return "assign";
    }

    @Override
    public String usage() {
        return "assign @person [role]";
    }

    @Override
    public String summary() {
        return "Give someone a role (owner unless you name another): they are invited and sent its instructions.";
    }

    @Override
    public Response run(String args, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        Optional<IncidentLocator.Target> target = ctx.locator().locate(payload.getTeamId(), payload.getChannelId(), args);
        if (target.isEmpty()) {
            return Replies.ephemeral(context, IncidentLocator.notFound("assign INC-7 @person [role]"));
        }
        Matcher mention = MENTION.matcher(target.get().args());
        if (!mention.find()) {
            return Replies.ephemeral(context, "Name the person with an @-mention: `/incident assign @person [role]`. "
                    + roleList(ctx.config()));
        }
        String roleText = Text.unescape(target.get().args().substring(mention.end()));
        Optional<Role> role = roleText.isBlank() ? ctx.config().role(RoleAssignment.OWNER)
                : RoleNames.find(ctx.config().roles(), roleText);
        if (role.isEmpty()) {
            return Replies.ephemeral(context, "There is no role `" + Text.escape(Text.clamp(roleText.strip(), 60)) + "`. "
                    + roleList(ctx.config()));
        }
        Incident incident = target.get().incident();
        Optional<String> reply = assignments.assign(incident.id(), role.get(), mention.group(1), payload.getUserId(),
                incident.version());
        if (reply.isPresent()) {
            return Replies.ephemeral(context, reply.get());
        }
        return payload.getChannelId().equals(incident.homeChannel()) ? context.ack()
                : Replies.ephemeral(context, "Done: see " + ctx.replies().id(incident) + "'s channel.");
    }

    static String roleList(AppConfig config) {
        return "Roles: " + String.join(", ", config.roles().stream().map(r -> "`" + r.id() + "`").toList()) + ".";
    }
}
