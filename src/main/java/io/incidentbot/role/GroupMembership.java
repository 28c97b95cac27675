package io.incidentbot.role;

/** Whether a user belongs to a user group (Slack answers it; tests may too). */
@FunctionalInterface
public interface GroupMembership {
    GroupMembership NONE = (group, user) -> false;

    boolean isMember(String groupId, String userId);
}
