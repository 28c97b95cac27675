package io.incidentbot.schedule;

import io.incidentbot.common.IncidentId;
import java.time.Instant;

/** Something to do about an incident at a given time. Kinds are open strings; payloads are small. */
public record Timer(long id, IncidentId incident, String kind, String payload, Instant dueAt) {
}
