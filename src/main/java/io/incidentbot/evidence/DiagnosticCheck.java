package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The environment checks whose failure sends an issue to hosting (Diagnostics and Support, "Escalation path"). */
public enum DiagnosticCheck {
    PHP_EXTENSIONS("php-extensions", "PHP extensions"),
    OUTBOUND_HTTPS("outbound-https", "Outbound HTTPS"),
    DNS("dns", "DNS"),
    SSL("ssl", "SSL"),
    FIREWALL("firewall", "Firewall");

    private final String id;
    private final String label;

    DiagnosticCheck(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<DiagnosticCheck> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
