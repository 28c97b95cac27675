package io.incidentbot.runbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured runbooks, and which ones an incident gets when it opens: those for every incident,
 * then those for its affected area.
 */
public record RunbookCatalog(List<Runbook> runbooks, List<String> forEveryIncident, Map<String, List<String>> byArea) {

    public RunbookCatalog {
        runbooks = List.copyOf(runbooks);
        forEveryIncident = List.copyOf(forEveryIncident);
        byArea = Map.copyOf(byArea);
    }

    public static RunbookCatalog empty() {
        return new RunbookCatalog(List.of(), List.of(), Map.of());
    }

    public Optional<Runbook> find(String id) {
        return runbooks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A runbook named the way people type it: its id or its title, in any case. */
    public Optional<Runbook> lookup(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return runbooks.stream()
                .filter(r -> r.id().toLowerCase(Locale.ROOT).equals(wanted)
                        || r.title().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The runbooks an incident in {@code area} starts with, in order, each once. */
    public List<Runbook> defaultsFor(String area) {
        Set<String> ids = new LinkedHashSet<>(forEveryIncident);
        ids.addAll(byArea.getOrDefault(area, List.of()));
        List<Runbook> defaults = new ArrayList<>();
        ids.forEach(id -> find(id).ifPresent(defaults::add));
        return defaults;
    }
}
