package io.incidentbot.runbook;

import java.time.Instant;

/** Who ticked a checklist item, and when. */
public record Tick(String userId, Instant at) {
}
