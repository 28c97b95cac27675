package io.incidentbot.report;

import io.incidentbot.audit.AuditEvent;
import io.incidentbot.evidence.Assessment;
import io.incidentbot.evidence.RollbackRecord;
import io.incidentbot.incident.Incident;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a support report is made of, as stored (not yet redacted).
 *
 * @param reference     the incident as people name it: INC-7
 * @param severity      "SEV1 — Critical"
 * @param area          the affected area's label
 * @param routeOwner    the Slack user id holding the route's role, if anyone does
 * @param routeOwnerRole the label of that role
 */
public record ReportFacts(String reference, Incident incident, String severity, String area, Assessment assessment,
                          Optional<String> routeOwner, String routeOwnerRole, RollbackRecord rollback,
                          List<AuditEvent> timeline, Instant generatedAt) {

    public ReportFacts {
        timeline = List.copyOf(timeline);
    }
}
