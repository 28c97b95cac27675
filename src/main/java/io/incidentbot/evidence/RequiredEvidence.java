package io.incidentbot.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which evidence fields each severity requires ({@code evidence.required} in the config). */
public record RequiredEvidence(Map<String, List<EvidenceField>> bySeverity, List<EvidenceField> fallback) {

    public RequiredEvidence {
        Map<String, List<EvidenceField>> copy = new LinkedHashMap<>();
        bySeverity.forEach((severity, fields) -> copy.put(severity.toUpperCase(Locale.ROOT), List.copyOf(fields)));
        bySeverity = Map.copyOf(copy);
        fallback = List.copyOf(fallback);
    }

    /** The fields required at {@code severity}, in form order; the default list when it has none of its own. */
    public List<EvidenceField> forSeverity(String severity) {
        List<EvidenceField> fields = bySeverity.getOrDefault(severity == null ? "" : severity.toUpperCase(Locale.ROOT),
                fallback);
        return fields.stream().distinct().sorted().toList();
    }
}
