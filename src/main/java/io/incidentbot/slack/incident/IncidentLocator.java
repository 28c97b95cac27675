package io.incidentbot.slack.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the incident a subcommand is about: the one named first in its arguments ({@code INC-7},
 * {@code #7} or {@code 7}), else the one whose channel the command was typed in.
 */
public final class IncidentLocator {
    /** The incident, and the arguments that follow its name. */
    public record Target(Incident incident, String args) {
    }

    private final IncidentService incidents;
    private final Pattern named;

    public IncidentLocator(IncidentService incidents, AppConfig config) {
        this.incidents = incidents;
        this.named = Pattern.compile("^(?:" + Pattern.quote(config.incident().idPrefix().toLowerCase(Locale.ROOT))
                + "-|#)?(\\d{1,9})(?:\\s+|$)", Pattern.CASE_INSENSITIVE);
    }

    public Optional<Target> locate(String teamId, String channelId, String args) {
        Matcher m = named.matcher(args.strip());
        if (m.find()) {
            IncidentId id = new IncidentId(teamId, Integer.parseInt(m.group(1)));
            return incidents.find(id).map(incident -> new Target(incident, args.strip().substring(m.end()).strip()));
        }
        return incidents.findByChannel(teamId, channelId).map(incident -> new Target(incident, args.strip()));
    }

    /** What to tell someone whose command named no incident we know. */
    public static String notFound(String usage) {
        return "I can't tell which incident you mean. Run this in the incident's channel, or name it: `/incident "
                + usage + "`.";
    }
}
