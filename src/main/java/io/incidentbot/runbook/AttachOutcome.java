package io.incidentbot.runbook;

/** What adding a runbook's checklist to an incident did. */
public enum AttachOutcome {
    ATTACHED,
    ALREADY_ATTACHED,
    NO_SUCH_INCIDENT,
    INCIDENT_RESOLVED
}
