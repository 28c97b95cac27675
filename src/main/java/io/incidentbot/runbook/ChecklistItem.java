package io.incidentbot.runbook;

import java.util.Optional;

/** An item of a checklist attached to an incident (a snapshot of its runbook item), ticked or not. */
public record ChecklistItem(String runbookId, String id, String section, String text, Optional<String> role,
                           boolean required, Optional<Tick> tick) {

    public boolean done() {
        return tick.isPresent();
    }

    /** "incident-response/pause-module": how the audit timeline names it. */
    public String ref() {
        return runbookId + "/" + id;
    }
}
