package io.incidentbot.evidence;

import java.util.Map;
import java.util.Optional;

/** An incident's rollback record as entered (not redacted). */
public record RollbackRecord(FieldValues<RollbackField> values) {

    public static RollbackRecord empty() {
        return of(Map.of());
    }

    public static RollbackRecord of(Map<RollbackField, String> values) {
        return new RollbackRecord(FieldValues.of(RollbackField.class, values));
    }

    public Optional<String> get(RollbackField field) {
        return values.get(field);
    }

    public boolean isEmpty() {
        return values.asMap().isEmpty();
    }

    public Optional<RollbackDecision> decision() {
        return get(RollbackField.DECISION).flatMap(RollbackDecision::byId);
    }
}
