package io.incidentbot.incident;

import io.incidentbot.role.RoleAssignment;
import java.util.List;
import java.util.Optional;

/** An incident with what the card shows beside it. */
public record IncidentView(Incident incident, List<RoleAssignment> roles) {

    public IncidentView {
        roles = List.copyOf(roles);
    }

    /** The user id holding a role, if anyone does. */
    public Optional<String> holder(String role) {
        return roles.stream().filter(r -> r.role().equals(role)).map(RoleAssignment::userId).findFirst();
    }
}
