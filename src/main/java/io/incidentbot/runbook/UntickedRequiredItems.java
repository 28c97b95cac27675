package io.incidentbot.runbook;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.ResolveCheck;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Before resolving: every required checklist item still unticked, one line each. */
public final class UntickedRequiredItems implements ResolveCheck {
    /** Lines stay short: the resolve form lists them all. */
    static final int LINE_MAX = 200;

    private final ChecklistService checklists;

    public UntickedRequiredItems(ChecklistService checklists) {
        this.checklists = checklists;
    }

    /** "Incident Response Runbook: Redact provider keys, credentials, …" */
    @Override
    public List<String> outstanding(IncidentId id) {
        List<Checklist> all = checklists.checklists(id);
        Map<String, String> titles = all.stream().collect(Collectors.toMap(Checklist::runbookId, Checklist::title));
        return all.stream().flatMap(c -> c.outstandingRequired().stream())
                .map(item -> shorten(titles.get(item.runbookId()) + ": " + item.text()))
                .toList();
    }

    private static String shorten(String line) {
        if (line.length() <= LINE_MAX) {
            return line;
        }
        int end = LINE_MAX - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }
}
