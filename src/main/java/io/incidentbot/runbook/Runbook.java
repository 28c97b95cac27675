package io.incidentbot.runbook;

import java.util.List;

/** A runbook from the config: a titled list of items to tick, in order, grouped by section. */
public record Runbook(String id, String title, List<RunbookItem> items) {

    public Runbook {
        items = List.copyOf(items);
    }

    /** How many items must be ticked before resolving (without giving a reason). */
    public long requiredCount() {
        return items.stream().filter(RunbookItem::required).count();
    }
}
