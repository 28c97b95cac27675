package io.incidentbot.slack.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import java.util.Optional;

/**
 * Finds the incident a subcommand is about: the one named first in its arguments ({@code INC-7},
 * {@code #7} or {@code 7}), else the one whose channel the command was typed in.
 */
public final class IncidentLocator {
    /** The incident, and the arguments that follow its name. */
    public record Target(Incident incident, String args) {
    }

    private final IncidentService incidents;
    private final String prefix;

    public IncidentLocator(IncidentService incidents, AppConfig config) {
        this.incidents = incidents;
        this.prefix = config.incident().idPrefix();
    }

    public Optional<Target> locate(String teamId, String channelId, String args) {
        String[] first = args.strip().split("\\s+", 2);
        Optional<Integer> number = IncidentId.parseNumber(first[0], prefix);
        if (number.isPresent()) {
            String rest = first.length > 1 ? first[1].strip() : "";
            return incidents.find(new IncidentId(teamId, number.get())).map(incident -> new Target(incident, rest));
        }
        return incidents.findByChannel(teamId, channelId).map(incident -> new Target(incident, args.strip()));
    }

    /** What to tell someone whose command named no incident we know. */
    public static String notFound(String usage) {
        return "I can't tell which incident you mean. Run this in the incident's channel, or name it: `/incident "
                + usage + "`.";
    }
}
