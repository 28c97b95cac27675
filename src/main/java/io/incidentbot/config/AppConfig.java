package io.incidentbot.config;

import io.incidentbot.evidence.EvidenceSettings;
import io.incidentbot.incident.Area;
import io.incidentbot.incident.IncidentSettings;
import io.incidentbot.incident.LifecycleSettings;
import io.incidentbot.incident.Status;
import io.incidentbot.redaction.RedactionRules;
import io.incidentbot.role.Permissions;
import io.incidentbot.role.Role;
import io.incidentbot.runbook.RunbookCatalog;
import io.incidentbot.severity.EscalationMatrix;
import io.incidentbot.severity.SeverityScale;
import io.incidentbot.severity.TriagePolicy;
import java.util.List;
import java.util.Optional;

/** The validated configuration: defaults from the runbooks, overridden by INCIDENT_CONFIG. */
public record AppConfig(IncidentSettings incident, SeverityScale severities, List<Area> areas, List<Role> roles,
                        TriagePolicy triage, LifecycleSettings lifecycle, Permissions permissions,
                        RunbookCatalog runbooks, EvidenceSettings evidence, RedactionRules redaction,
                        io.incidentbot.comms.CommsSettings comms) {

    public AppConfig {
        areas = List.copyOf(areas);
        roles = List.copyOf(roles);
    }

    public Optional<Role> role(String id) {
        return roles.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The label for a role id read back from storage. */
    public String roleLabel(String id) {
        return role(id).map(Role::label).orElse(id);
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The label for an area id read back from storage. */
    public String areaLabel(String id) {
        return area(id).map(Area::label).orElse(id);
    }

    /** What this workspace calls a lifecycle state. */
    public String statusLabel(Status status) {
        return lifecycle.label(status);
    }

    /** Severity owners and escalation routes, with {@code admins} resolved from the permissions. */
    public EscalationMatrix matrix() {
        return new EscalationMatrix(severities, permissions.everyone());
    }
}
