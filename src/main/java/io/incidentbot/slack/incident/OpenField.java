package io.incidentbot.slack.incident;

import io.incidentbot.incident.IncidentField;

/** The open-incident modal's inputs: block and action ids declared once, for builder and parser. */
enum OpenField {
    TITLE(IncidentField.TITLE),
    SEVERITY(IncidentField.SEVERITY),
    AREA(IncidentField.AREA),
    CUSTOMER_VISIBLE(IncidentField.CUSTOMER_VISIBLE),
    PRIVACY_SENSITIVE(IncidentField.PRIVACY_SENSITIVE),
    DESCRIPTION(IncidentField.DESCRIPTION),
    NOTICED_AT(IncidentField.NOTICED_AT);

    static final String CALLBACK = "incident-open";

    final IncidentField field;
    final String blockId;
    final String actionId;

    OpenField(IncidentField field) {
        this.field = field;
        this.blockId = CALLBACK + "-" + name().toLowerCase().replace('_', '-');
        this.actionId = blockId + "-input";
    }

    static OpenField of(IncidentField field) {
        for (OpenField f : values()) {
            if (f.field == field) {
                return f;
            }
        }
        throw new IllegalArgumentException(field.name());
    }
}
