package io.incidentbot.incident;

import io.incidentbot.severity.Severity;
import io.incidentbot.severity.SeverityScale;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which incidents a listing shows: states (empty: any), severities (empty: any), and optionally
 * only those a user is involved in (opened, or holds a role on).
 */
public record IncidentFilter(Set<Status> statuses, Set<String> severities, Optional<String> involving) {
    public static final Set<Status> OPEN = EnumSet.of(Status.INVESTIGATING, Status.IDENTIFIED, Status.MONITORING);

    public IncidentFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        severities = Set.copyOf(severities);
    }

    public static IncidentFilter open() {
        return new IncidentFilter(OPEN, Set.of(), Optional.empty());
    }

    /** A filter, or what was wrong with the words. */
    public record Parsed(Optional<IncidentFilter> filter, Optional<String> unknownWord) {
    }

    /**
     * Reads words such as {@code mine open sev1 sev2}: {@code mine}; {@code open}, {@code all} or a
     * state (key or label); severity ids. States and severities add up; no state word means open.
     */
    public static Parsed parse(String words, String userId, SeverityScale severities, LifecycleSettings lifecycle) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        boolean all = false;
        Set<String> levels = new LinkedHashSet<>();
        Optional<String> involving = Optional.empty();
        for (String word : words == null ? List.<String>of() : List.of(words.strip().split("\\s+"))) {
            String w = word.toLowerCase(Locale.ROOT);
            Optional<Severity> level = severities.find(w);
            Optional<Status> status = lifecycle.parse(w);
            if (w.isEmpty()) {
                continue;
            } else if (w.equals("mine")) {
                involving = Optional.of(userId);
            } else if (w.equals("open")) {
                statuses.addAll(OPEN);
            } else if (w.equals("all")) {
                all = true;
            } else if (status.isPresent()) {
                statuses.add(status.get());
            } else if (level.isPresent()) {
                levels.add(level.get().id());
            } else {
                return new Parsed(Optional.empty(), Optional.of(word));
            }
        }
        if (all) {
            statuses.clear();
        } else if (statuses.isEmpty()) {
            statuses.addAll(OPEN);
        }
        return new Parsed(Optional.of(new IncidentFilter(statuses, levels, involving)), Optional.empty());
    }
}
