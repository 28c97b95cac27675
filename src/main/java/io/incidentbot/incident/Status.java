package io.incidentbot.incident;

/** Lifecycle of an incident. */
public enum Status {
    INVESTIGATING("Investigating"),
    IDENTIFIED("Identified"),
    MONITORING("Monitoring"),
    RESOLVED("Resolved");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Status fromKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
