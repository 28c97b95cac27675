package io.incidentbot.runbook;

import java.util.Optional;

/** What a tick or untick did; {@code item} is the item as it now stands (absent when it does not exist). */
public record ToggleResult(Outcome outcome, Optional<ChecklistItem> item) {

    public enum Outcome {
        /** Ticked or unticked, stored and audited. */
        CHANGED,
        /** It was already so (a double click, or someone else was first): nothing stored. */
        UNCHANGED,
        /** No such incident, checklist or item: an old message, or a forged click. */
        NO_SUCH_ITEM,
        /** The incident is resolved; its checklist no longer changes. */
        INCIDENT_RESOLVED
    }

    static ToggleResult of(Outcome outcome) {
        return new ToggleResult(outcome, Optional.empty());
    }

    static ToggleResult of(Outcome outcome, ChecklistItem item) {
        return new ToggleResult(outcome, Optional.of(item));
    }
}
