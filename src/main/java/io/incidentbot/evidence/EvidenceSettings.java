package io.incidentbot.evidence;

import io.incidentbot.role.RoleAssignment;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code evidence:} section of the config.
 *
 * @param required      fields required per severity
 * @param routeRoles    the role (from {@code roles}) whose holder owns each escalation route
 * @param rollbackAreas affected areas whose incidents are offered a rollback record on the card
 */
public record EvidenceSettings(RequiredEvidence required, Map<EscalationRoute, String> routeRoles,
                               Set<String> rollbackAreas) {

    public EvidenceSettings {
        routeRoles = Map.copyOf(routeRoles);
        rollbackAreas = Set.copyOf(rollbackAreas);
    }

    /** The role that owns {@code route}; the incident owner when none is configured. */
    public String roleFor(EscalationRoute route) {
        return routeRoles.getOrDefault(route, RoleAssignment.OWNER);
    }

    /** What {@code evidence} says about an incident of {@code severity}: completeness, route, route owner. Pure. */
    public Assessment assess(String severity, Evidence evidence) {
        Completeness completeness = Completeness.of(evidence, required.forSeverity(severity));
        Recommendation recommendation = RoutePolicy.recommend(evidence);
        return new Assessment(evidence, completeness, recommendation, roleFor(recommendation.route()));
    }

    public static EvidenceSettings none() {
        return new EvidenceSettings(new RequiredEvidence(Map.of(), List.of()), Map.of(), Set.of());
    }
}
