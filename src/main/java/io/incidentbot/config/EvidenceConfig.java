package io.incidentbot.config;

import io.incidentbot.evidence.EscalationRoute;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.EvidenceSettings;
import io.incidentbot.evidence.RequiredEvidence;
import io.incidentbot.incident.Area;
import io.incidentbot.role.Role;
import io.incidentbot.severity.Severity;
import io.incidentbot.severity.SeverityScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code evidence:} section: required fields per severity, route owners, rollback areas. */
final class EvidenceConfig {
    static final String REQUIRED_DEFAULT = "default";

    private EvidenceConfig() {
    }

    static EvidenceSettings read(Node root, SeverityScale severities, List<Role> roles, List<Area> areas) {
        Node node = root.child("evidence").orElse(null);
        if (node == null) {
            root.problem("evidence", "is required");
            return EvidenceSettings.none();
        }
        RequiredEvidence required = requiredEvidence(node, severities);
        Map<EscalationRoute, String> routes = routes(node, roles);
        Set<String> rollbackAreas = new LinkedHashSet<>();
        List<String> areaIds = areas.stream().map(Area::id).toList();
        List<String> listed = node.texts("rollback_areas");
        for (int i = 0; i < listed.size(); i++) {
            if (!areas.isEmpty() && !listed.get(i).isEmpty() && !areaIds.contains(listed.get(i))) {
                node.problem(node.path() + ".rollback_areas[" + i + "]", "'" + listed.get(i)
                        + "' is not one of the areas " + areaIds);
            }
            rollbackAreas.add(listed.get(i));
        }
        node.rejectUnknownKeys();
        return new EvidenceSettings(required, routes, rollbackAreas);
    }

    private static RequiredEvidence requiredEvidence(Node evidence, SeverityScale severities) {
        Node node = evidence.child("required").orElse(null);
        if (node == null) {
            evidence.problem(evidence.path() + ".required", "is required (evidence fields per severity, and default)");
            return new RequiredEvidence(Map.of(), List.of());
        }
        Map<String, List<EvidenceField>> bySeverity = new LinkedHashMap<>();
        List<EvidenceField> fallback = List.of();
        for (String key : node.keys()) {
            if (key.equals(REQUIRED_DEFAULT)) {
                fallback = evidenceFields(node, key);
            } else if (severities.levels().isEmpty() || severities.find(key).isPresent()) {
                bySeverity.put(key, evidenceFields(node, key));
            } else {
                node.texts(key); // reported here, not again as an unknown key
                node.problem(node.path() + "." + key, "'" + key + "' is not one of the severities "
                        + severities.levels().stream().map(Severity::id).toList() + " (or default)");
            }
        }
        if (!node.keys().contains(REQUIRED_DEFAULT)) {
            node.problem(node.path() + "." + REQUIRED_DEFAULT, "is required (the fields for severities not listed)");
        }
        return new RequiredEvidence(bySeverity, fallback);
    }

    private static List<EvidenceField> evidenceFields(Node node, String key) {
        List<EvidenceField> fields = new ArrayList<>();
        List<String> ids = node.texts(key);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            EvidenceField.byId(id).ifPresent(fields::add);
            if (!id.isEmpty() && EvidenceField.byId(id).isEmpty()) {
                node.problem(node.path() + "." + key + "[" + i + "]", "unknown evidence field '" + id + "' (known: "
                        + String.join(", ", Arrays.stream(EvidenceField.values()).map(EvidenceField::id).toList()) + ")");
            }
        }
        return fields;
    }

    private static Map<EscalationRoute, String> routes(Node evidence, List<Role> roles) {
        Map<EscalationRoute, String> routes = new EnumMap<>(EscalationRoute.class);
        Node node = evidence.child("routes").orElse(null);
        if (node == null) {
            evidence.problem(evidence.path() + ".routes", "is required (the role owning each escalation route)");
            return routes;
        }
        List<String> roleIds = roles.stream().map(Role::id).toList();
        for (EscalationRoute route : EscalationRoute.values()) {
            String role = node.text(route.id());
            if (!role.isEmpty() && !roles.isEmpty() && !roleIds.contains(role)) {
                node.problem(node.path() + "." + route.id(), "'" + role + "' is not one of the roles " + roleIds);
            }
            routes.put(route, role);
        }
        node.rejectUnknownKeys();
        return routes;
    }
}
