package io.incidentbot.evidence;

import java.util.List;
import java.util.stream.Collectors;

/** How much of the evidence required at an incident's severity has been collected. */
public record Completeness(List<EvidenceField> required, List<EvidenceField> missing) {

    public Completeness {
        required = List.copyOf(required);
        missing = List.copyOf(missing);
    }

    public static Completeness of(Evidence evidence, List<EvidenceField> required) {
        return new Completeness(required, required.stream().filter(f -> !evidence.has(f)).toList());
    }

    public int collected() {
        return required.size() - missing.size();
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** "PHP version, reproduction steps" */
    public String missingList() {
        return missing.stream().map(EvidenceField::noun).collect(Collectors.joining(", "));
    }

    /** "Evidence 7/11 — missing: PHP version, reproduction steps", or "Evidence 11/11 — complete". */
    public String summary() {
        if (required.isEmpty()) {
            return "Evidence — nothing required at this severity";
        }
        return "Evidence " + collected() + "/" + required.size() + " — "
                + (complete() ? "complete" : "missing: " + missingList());
    }
}
