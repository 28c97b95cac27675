package io.incidentbot.incident;

/** The fields of the open-incident form, named so that validation errors can point at them. */
public enum IncidentField {
    TITLE, SEVERITY, AREA, CUSTOMER_VISIBLE, PRIVACY_SENSITIVE, DESCRIPTION, NOTICED_AT
}
