package io.incidentbot.severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who a message is for: Slack users and user groups, each once, in the order they were named. */
public record Recipients(List<String> users, List<String> groups) {

    public Recipients {
        users = List.copyOf(new LinkedHashSet<>(users));
        groups = List.copyOf(new LinkedHashSet<>(groups));
    }

    public static Recipients of(List<String> ids) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String id : ids) {
            if (SlackIds.isGroup(id)) {
                groups.add(id);
            } else if (SlackIds.isUser(id)) {
                users.add(id);
            }
        }
        return new Recipients(users, groups);
    }

    public boolean isEmpty() {
        return users.isEmpty() && groups.isEmpty();
    }

    /** Users first, then groups. */
    public List<String> all() {
        Set<String> all = new LinkedHashSet<>(users);
        all.addAll(groups);
        return List.copyOf(all);
    }
}
