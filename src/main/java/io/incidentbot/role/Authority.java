package io.incidentbot.role;

import io.incidentbot.incident.IncidentView;

/**
 * Who may change an incident's severity, resolve, reopen or reassign it: its owner, its comms
 * owner, and the configured admins (users, or members of admin groups). Nobody else.
 */
public final class Authority {
    private final Permissions permissions;

    public Authority(Permissions permissions) {
        this.permissions = permissions;
    }

    public boolean mayChange(IncidentView incident, Actor actor) {
        String user = actor.userId();
        if (incident.holder(RoleAssignment.OWNER).filter(user::equals).isPresent()
                || incident.holder(RoleAssignment.COMMS_OWNER).filter(user::equals).isPresent()) {
            return true;
        }
        return isAdmin(actor);
    }

    public boolean isAdmin(Actor actor) {
        return permissions.admins().contains(actor.userId())
                || permissions.adminGroups().stream().anyMatch(group -> actor.groups().isMember(group, actor.userId()));
    }
}
