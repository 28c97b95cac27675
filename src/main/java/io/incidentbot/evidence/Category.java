package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/** What an issue is, decided before escalating (Diagnostics and Support: "categorized as host, provider, ..."). */
public enum Category {
    HOST("host", "Host"),
    PROVIDER("provider", "Provider"),
    PLUGIN("plugin", "Plugin"),
    CONFIGURATION("configuration", "Configuration"),
    DATA("data", "Data"),
    USER_FLOW("user-flow", "User flow");

    private final String id;
    private final String label;

    Category(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Category> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
