package io.incidentbot.incident;

import java.time.Instant;
import java.util.Optional;

/** What the opener filled in, before it has a number. */
public record NewIncident(String teamId, String title, String severity, String area, boolean customerVisible,
                          boolean privacySensitive, String description, Optional<Instant> noticedAt,
                          String openedBy, String originChannel) {
}
