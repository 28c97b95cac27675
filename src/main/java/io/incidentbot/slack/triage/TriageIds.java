package io.incidentbot.slack.triage;

/** Ids of triage's buttons and modals, declared once for builders and registration. */
final class TriageIds {
    static final String BLOCK = "response-actions";
    static final String TRIAGE_BUTTON = "triage-open";
    static final String ACK_BUTTON = "response-ack";
    static final String CRITERIA = "triage-criteria";
    static final String DECISION = "triage-decision";

    private TriageIds() {
    }
}
