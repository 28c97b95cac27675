package io.incidentbot.evidence;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.ResolveCheck;
import java.util.List;

/** Before resolving: the evidence the incident's severity requires and nobody has recorded yet. */
public final class MissingEvidenceCheck implements ResolveCheck {
    private final IncidentService incidents;
    private final EvidenceService evidence;

    public MissingEvidenceCheck(IncidentService incidents, EvidenceService evidence) {
        this.incidents = incidents;
        this.evidence = evidence;
    }

    @Override
    public List<String> outstanding(IncidentId id) {
        return incidents.find(id)
                .map(incident -> evidence.assess(incident).completeness().missing().stream()
                        .map(field -> "Evidence missing: " + field.noun())
                        .toList())
                .orElse(List.of());
    }
}
