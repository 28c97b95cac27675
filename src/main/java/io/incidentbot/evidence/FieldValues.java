package io.incidentbot.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored values of a per-incident record, exactly as entered; a field without a value is absent.
 *
 * @param <F> the record's fields
 */
public final class FieldValues<F extends Enum<F> & FormField> {
    private final Map<F, String> values;

    private FieldValues(Map<F, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static <F extends Enum<F> & FormField> FieldValues<F> of(Class<F> fields, Map<F, String> values) {
        Map<F, String> copy = new EnumMap<>(fields);
        values.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(field, value);
            }
        });
        return new FieldValues<>(copy);
    }

    public Optional<String> get(F field) {
        return Optional.ofNullable(values.get(field));
    }

    public boolean has(F field) {
        return values.containsKey(field);
    }

    public Map<F, String> asMap() {
        return values;
    }

    /**
     * What storing {@code proposed} would change: each proposed field whose value differs from the
     * stored one (a blank proposal removes the value). Fields not proposed are left as they are.
     */
    public List<FieldChange<F>> changesTo(Map<F, String> proposed) {
        List<FieldChange<F>> changes = new ArrayList<>();
        List<F> fields = new ArrayList<>(proposed.keySet());
        Collections.sort(fields);
        for (F field : fields) {
            Optional<String> before = get(field);
            String value = proposed.get(field);
            Optional<String> after = value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
            if (!before.equals(after)) {
                changes.add(new FieldChange<>(field, before, after));
            }
        }
        return changes;
    }
}
