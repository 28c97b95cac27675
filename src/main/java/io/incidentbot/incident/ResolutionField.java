package io.incidentbot.incident;

/** The fields of the resolve form, named so that validation errors can point at them. */
public enum ResolutionField {
    IMPACT, ROOT_CAUSE, OWNER, REMEDIATION, PREVENTION, OVERRIDE_REASON
}
