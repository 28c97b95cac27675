package io.incidentbot.incident;

/** An affected area an incident can be filed under (workflow, checkout, plugin update, ...). */
public record Area(String id, String label) {
}
