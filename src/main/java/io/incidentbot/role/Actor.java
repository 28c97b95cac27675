package io.incidentbot.role;

/** Who is asking for a change, and how to learn which groups they are in. */
public record Actor(String userId, GroupMembership groups) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("user id is required");
        }
    }

    /** What the bot does on its own schedule. */
    public static Actor bot() {
        return new Actor(io.incidentbot.audit.AuditEvent.BOT, GroupMembership.NONE);
    }
}
