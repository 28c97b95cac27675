package io.incidentbot.role;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may change any incident besides its owner and comms owner (config {@code permissions:}):
 * Slack user ids, and user-group ids whose members count as admins.
 */
public record Permissions(List<String> admins, List<String> adminGroups) {
    public static final Permissions NONE = new Permissions(List.of(), List.of());

    public Permissions {
        admins = List.copyOf(admins);
        adminGroups = List.copyOf(adminGroups);
    }

    /** Users and groups together, for escalation routes that say {@code admins}. */
    public List<String> everyone() {
        List<String> all = new ArrayList<>(admins);
        all.addAll(adminGroups);
        return all;
    }
}
