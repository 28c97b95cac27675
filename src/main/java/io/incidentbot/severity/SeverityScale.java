package io.incidentbot.severity;

import java.util.List;
import java.util.Optional;

/** The configured severities, most severe first. */
public record SeverityScale(List<Severity> levels) {

    public SeverityScale {
        levels = List.copyOf(levels);
    }

    public Optional<Severity> find(String id) {
        return levels.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The level for an id read back from storage; an id no longer configured still displays. */
    public Severity lookup(String id) {
        return find(id).orElseGet(() -> new Severity(id, "unconfigured", "", java.time.Duration.ZERO, Optional.empty()));
    }
}
