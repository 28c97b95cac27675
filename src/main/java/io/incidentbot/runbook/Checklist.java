package io.incidentbot.runbook;

import java.util.List;

/** A runbook's checklist as attached to one incident: its items in order, with their ticks. */
public record Checklist(String runbookId, String title, List<ChecklistItem> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    public int done() {
        return (int) items.stream().filter(ChecklistItem::done).count();
    }

    public int total() {
        return items.size();
    }

    public List<ChecklistItem> outstandingRequired() {
        return items.stream().filter(i -> i.required() && !i.done()).toList();
    }
}
