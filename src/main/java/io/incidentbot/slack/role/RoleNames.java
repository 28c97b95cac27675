package io.incidentbot.slack.role;

import io.incidentbot.role.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The role someone typed: its id or label in any case and spacing, or just its first word ("comms"). */
final class RoleNames {
    private RoleNames() {
    }

    static Optional<Role> find(List<Role> roles, String typed) {
        String wanted = normal(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return roles.stream().filter(r -> normal(r.id()).equals(wanted) || normal(r.label()).equals(wanted)
                || normal(r.id()).equals(wanted + "-owner")).findFirst();
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
