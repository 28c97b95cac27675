package io.incidentbot.evidence;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** An incident's evidence as entered (not redacted: whatever shows or exports it must redact). */
public record Evidence(FieldValues<EvidenceField> values) {

    public static Evidence empty() {
        return of(Map.of());
    }

    public static Evidence of(Map<EvidenceField, String> values) {
        return new Evidence(FieldValues.of(EvidenceField.class, values));
    }

    public Optional<String> get(EvidenceField field) {
        return values.get(field);
    }

    /** Whether a field counts as collected: any value, except diagnostics, which needs every check answered. */
    public boolean has(EvidenceField field) {
        if (field == EvidenceField.DIAGNOSTICS) {
            return diagnostics().complete();
        }
        if (field == EvidenceField.CATEGORY) {
            return category().isPresent();
        }
        return values.has(field);
    }

    public Optional<Instant> exactTime() {
        return get(EvidenceField.EXACT_TIME).flatMap(text -> {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    public Diagnostics diagnostics() {
        return Diagnostics.read(get(EvidenceField.DIAGNOSTICS).orElse(""));
    }

    public Optional<Category> category() {
        return get(EvidenceField.CATEGORY).flatMap(Category::byId);
    }
}
