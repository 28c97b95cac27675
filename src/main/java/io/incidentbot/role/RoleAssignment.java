package io.incidentbot.role;

import java.time.Instant;

/** Who holds a role on an incident. */
public record RoleAssignment(String role, String userId, String assignedBy, Instant assignedAt) {
    public static final String OWNER = "owner";
    public static final String COMMS_OWNER = "comms-owner";
}
