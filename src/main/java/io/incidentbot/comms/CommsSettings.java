package io.incidentbot.comms;

import io.incidentbot.incident.Status;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Customer communication: the customer-facing channel (an incident may name its own), the owner
 * customers are told about (a team or role, not a person), how long a missed promise waits before
 * the comms owner and then the owner are reminded, and the update templates.
 *
 * @param templates by severity id or {@link #DEFAULT}, then by status
 */
public record CommsSettings(Optional<String> customerChannel, String ownerLabel, Duration remindAfter,
                            Map<String, Map<Status, String>> templates) {
    public static final String DEFAULT = "default";
    public static final String DEFAULT_OWNER_LABEL = "Support team";
    public static final Duration DEFAULT_REMIND_AFTER = Duration.ofMinutes(10);

    public CommsSettings {
        templates = Map.copyOf(templates);
    }

    public static CommsSettings defaults() {
        return new CommsSettings(Optional.empty(), DEFAULT_OWNER_LABEL, DEFAULT_REMIND_AFTER, Map.of());
    }

    /** The template for a severity and status: the severity's own, else the configured default, else built in. */
    public String template(String severity, Status status) {
        return Optional.ofNullable(templates.get(severity)).map(t -> t.get(status))
                .or(() -> Optional.ofNullable(templates.get(DEFAULT)).map(t -> t.get(status)))
                .orElse(Templates.builtIn(status));
    }
}
