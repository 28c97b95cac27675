package io.incidentbot.incident;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the lifecycle states are called here (the four keys are fixed, their labels configurable)
 * and how long after resolving the post-incident review reminder comes.
 */
public record LifecycleSettings(Map<Status, String> labels, Duration reviewAfter) {
    public static final Duration DEFAULT_REVIEW_AFTER = Duration.ofDays(2);

    public LifecycleSettings {
        Map<Status, String> all = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            all.put(status, labels.getOrDefault(status, status.label()));
        }
        labels = Map.copyOf(all);
    }

    public static LifecycleSettings defaults() {
        return new LifecycleSettings(Map.of(), DEFAULT_REVIEW_AFTER);
    }

    public String label(Status status) {
        return labels.get(status);
    }

    /** The state someone typed: its key or its label, in any case. */
    public Optional<Status> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Status status : Status.values()) {
            if (status.key().equals(wanted) || label(status).toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
