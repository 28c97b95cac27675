package io.incidentbot.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The outcome of one diagnostic check. */
public enum CheckResult {
    PASS("pass", "Pass"),
    FAIL("fail", "Fail"),
    NOT_CHECKED("not-checked", "Not checked");

    private final String id;
    private final String label;

    CheckResult(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CheckResult> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
