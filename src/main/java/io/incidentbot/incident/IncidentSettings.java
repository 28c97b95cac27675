package io.incidentbot.incident;

/** How incidents are numbered and where their conversation happens. */
public record IncidentSettings(String idPrefix, boolean channelPerIncident, String channelPrefix,
                               String defaultSeverity) {
}
