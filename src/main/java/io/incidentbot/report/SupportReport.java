package io.incidentbot.report;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A redacted support report: Markdown another operator can triage from without receiving secrets.
 *
 * @param reference INC-7
 * @param markdown  the whole report, ending with how many items of each kind were removed
 * @param removed   items removed per kind
 */
public record SupportReport(String reference, String markdown, Map<String, Integer> removed) {

    public SupportReport {
        removed = Map.copyOf(removed);
    }

    public String filename() {
        return reference + "-support-report.md";
    }

    public int removedTotal() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "nothing removed", or "5 items removed: card_number 2, email 3". */
    public String removedSummary() {
        if (removed.isEmpty()) {
            return "nothing removed";
        }
        StringJoiner kinds = new StringJoiner(", ");
        new TreeMap<>(removed).forEach((kind, n) -> kinds.add(kind + " " + n));
        int total = removedTotal();
        return total + (total == 1 ? " item" : " items") + " removed: " + kinds;
    }
}
