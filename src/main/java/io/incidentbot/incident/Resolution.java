package io.incidentbot.incident;

import java.util.Optional;

/**
 * The runbook's acceptance checks, answered when resolving: impact, root-cause hypothesis, owner
 * (a Slack user id), remediation and prevention step; and, when resolve checks report outstanding
 * work, the reason to resolve anyway.
 */
public record Resolution(String impact, String rootCause, String owner, String remediation, String prevention,
                         Optional<String> overrideReason) {

    public Resolution {
        impact = strip(impact);
        rootCause = strip(rootCause);
        owner = strip(owner);
        remediation = strip(remediation);
        prevention = strip(prevention);
        overrideReason = overrideReason.map(String::strip).filter(r -> !r.isEmpty());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** One line per answer, for the timeline. */
    public String summary() {
        return "Impact: " + impact + "\nRoot cause: " + rootCause + "\nOwner: " + owner + "\nRemediation: "
                + remediation + "\nPrevention: " + prevention;
    }
}
