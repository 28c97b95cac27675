package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/** What was decided about the release (Update and Rollback: "document ... rollback decision"). */
public enum RollbackDecision {
    ROLL_BACK("roll-back", "Roll back to the previous release"),
    STAY("stay", "Stay on this release and fix forward"),
    UNDECIDED("undecided", "Not decided yet");

    private final String id;
    private final String label;

    RollbackDecision(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<RollbackDecision> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
