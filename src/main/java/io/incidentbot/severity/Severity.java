package io.incidentbot.severity;

import java.time.Duration;
import java.util.Optional;

/**
 * One level of the severity model, with the response target and customer-update cadence the
 * escalation matrix gives it. A level with no cadence (SEV4 by default) gets no scheduled updates.
 */
public record Severity(String id, String label, String meaning, Duration responseTarget,
                       Optional<Duration> updateCadence) {

    /** "SEV1 — Critical", the way people say it. */
    public String title() {
        return id + " — " + label;
    }
}
