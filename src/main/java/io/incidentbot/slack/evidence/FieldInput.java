package io.incidentbot.slack.evidence;

import io.incidentbot.evidence.FormField;

/** How one field is asked for in a modal: its example and its hint (either may be null). */
record FieldInput(FormField field, String placeholder, String hint) {
}
