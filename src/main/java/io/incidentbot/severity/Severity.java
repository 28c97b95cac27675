package io.incidentbot.severity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One level of the severity model with its row of the escalation matrix: the response target, the
 * customer-update cadence (none: no scheduled updates), who owns each role at this level (Slack
 * user or user-group ids, by role id) and the escalation route when the response target is missed.
 */
public record Severity(String id, String label, String meaning, Duration responseTarget,
                       Optional<Duration> updateCadence, Map<String, List<String>> owners,
                       List<EscalationStep> escalation) {

    public Severity {
        owners = Map.copyOf(owners);
        escalation = List.copyOf(escalation);
    }

    /** A level without owners or escalation route. */
    public Severity(String id, String label, String meaning, Duration responseTarget, Optional<Duration> updateCadence) {
        this(id, label, meaning, responseTarget, updateCadence, Map.of(), List.of());
    }

    /** "SEV1 — Critical", the way people say it. */
    public String title() {
        return id + " — " + label;
    }

    /** When someone must have responded, for a severity set at {@code setAt}. */
    public Instant respondBy(Instant setAt) {
        return setAt.plus(responseTarget);
    }

    /** The Slack ids the matrix names for {@code role} at this level. */
    public List<String> owners(String role) {
        return owners.getOrDefault(role, List.of());
    }

    /** The escalation step after {@code step}, if the route goes on. */
    public Optional<EscalationStep> step(int step) {
        return step >= 0 && step < escalation.size() ? Optional.of(escalation.get(step)) : Optional.empty();
    }
}
