package io.incidentbot.evidence;

import java.util.EnumMap;
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
        routeRoles = routeRoles.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(routeRoles));
        rollbackAreas = Set.copyOf(rollbackAreas);
    }

    /** The role that owns {@code route}; the incident owner when none is configured. */
    public String roleFor(EscalationRoute route) {
        return routeRoles.getOrDefault(route, io.incidentbot.role.RoleAssignment.OWNER);
    }

    public static EvidenceSettings none() {
        return new EvidenceSettings(new RequiredEvidence(Map.of(), List.of()), Map.of(), Set.of());
    }
}
