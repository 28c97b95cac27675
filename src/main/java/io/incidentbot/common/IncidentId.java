package io.incidentbot.common;

/** An incident's identity: its Slack workspace and its number there (INC-7 is number 7). */
public record IncidentId(String teamId, int number) {

    public IncidentId {
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("team id is required");
        }
    }

    public String display(String prefix) {
        return prefix + "-" + number;
    }
}
