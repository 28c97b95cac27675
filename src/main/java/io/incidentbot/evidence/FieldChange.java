package io.incidentbot.evidence;

import java.util.Optional;

/** One field's value before and after an edit (empty: no value). */
public record FieldChange<F extends FormField>(F field, Optional<String> before, Optional<String> after) {
}
