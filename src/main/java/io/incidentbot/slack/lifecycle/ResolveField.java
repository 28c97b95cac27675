package io.incidentbot.slack.lifecycle;

import io.incidentbot.incident.ResolutionField;

/** The resolve modal's inputs: block and action ids declared once, for builder and parser. */
enum ResolveField {
    IMPACT(ResolutionField.IMPACT),
    ROOT_CAUSE(ResolutionField.ROOT_CAUSE),
    OWNER(ResolutionField.OWNER),
    REMEDIATION(ResolutionField.REMEDIATION),
    PREVENTION(ResolutionField.PREVENTION),
    OVERRIDE_REASON(ResolutionField.OVERRIDE_REASON);

    static final String CALLBACK = "incident-resolve";

    final ResolutionField field;
    final String blockId;
    final String actionId;

    ResolveField(ResolutionField field) {
        this.field = field;
        this.blockId = CALLBACK + "-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        this.actionId = blockId + "-input";
    }

    static ResolveField of(ResolutionField field) {
        for (ResolveField f : values()) {
            if (f.field == field) {
                return f;
            }
        }
        throw new IllegalArgumentException(field.name());
    }
}
