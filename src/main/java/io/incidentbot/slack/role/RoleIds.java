package io.incidentbot.slack.role;

import io.incidentbot.role.RoleAssignment;
import java.util.List;
import java.util.Optional;

/** Ids of the role pickers on the card, declared once for the builder and the registration. */
final class RoleIds {
    /** The pickers' block id is an action value with this intent: it carries the incident and its version. */
    static final String PICKERS = "role-pickers";
    static final String PICK_PREFIX = "role-pick-";
    /** The roles the card has pickers for; the others are assigned with /incident assign. */
    static final List<String> ON_CARD = List.of(RoleAssignment.OWNER, RoleAssignment.COMMS_OWNER);

    private RoleIds() {
    }

    static String pickAction(String role) {
        return PICK_PREFIX + role;
    }

    static Optional<String> roleOf(String actionId) {
        return actionId != null && actionId.startsWith(PICK_PREFIX)
                ? Optional.of(actionId.substring(PICK_PREFIX.length())) : Optional.empty();
    }
}
