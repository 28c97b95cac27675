package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/** Where an incident is escalated (the runbooks: hosting, provider support, CodeCanyon support, internal operations). */
public enum EscalationRoute {
    HOSTING("hosting", "Hosting support"),
    PROVIDER("provider", "AI provider support"),
    MARKETPLACE("marketplace", "Marketplace support (CodeCanyon)"),
    INTERNAL("internal", "Internal operations");

    private final String id;
    private final String label;

    EscalationRoute(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<EscalationRoute> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
