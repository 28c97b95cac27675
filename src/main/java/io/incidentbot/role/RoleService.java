package io.incidentbot.role;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.Change;
import io.incidentbot.incident.GuardedChanges;
import java.util.List;

/**
 * Who holds which role on an incident. Taking a role nobody holds is open to anyone (an owner
 * should be assigned at once); giving a held role to someone else is a reassignment, which only the
 * owner, the comms owner or an admin may do.
 */
public final class RoleService {
    private final GuardedChanges changes;
    private final List<Role> roles;

    public RoleService(GuardedChanges changes, List<Role> roles) {
        this.changes = changes;
        this.roles = List.copyOf(roles);
    }

    public Change assign(IncidentId id, String roleId, String userId, Actor actor, int expectedVersion) {
        Role role = roles.stream().filter(r -> r.id().equals(roleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no role " + roleId));
        return changes.change(id, actor, expectedVersion,
                view -> view.holder(roleId).filter(userId::equals).isPresent(),
                view -> view.holder(roleId).isPresent(),
                (h, current, now) -> {
                    h.attach(RoleDao.class).assign(id.teamId(), id.number(), roleId, userId, actor.userId(),
                            now.toEpochMilli());
                    GuardedChanges.audit(h, id, now, actor, "assigned " + role.label(),
                            current.holder(roleId).orElse(null), userId);
                });
    }
}
